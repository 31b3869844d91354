package org.greenborder.academy.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.WorkshopFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The operators' memory figure: administrators only, and it counts the sessions a browser opens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(WorkshopFixture.class)
class SessionMemoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkshopFixture fx;
    @Autowired
    SessionMemory memory;
    @Value("${local.server.port}")
    int port;

    @Test
    void onlyAdministratorsReadIt() throws Exception {
        String admin = fx.account(Role.ADMIN);
        String analyst = fx.account(Role.ANALYST);
        mvc.perform(get("/actuator/uimemory?gc=true").with(httpBasic(admin, WorkshopFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions").isNumber())
                .andExpect(jsonPath("$.uis").isNumber())
                .andExpect(jsonPath("$.heapUsedBytes").value(greaterThan(0)))
                .andExpect(jsonPath("$.heapUsedAfterGcBytes").value(greaterThan(0)));
        mvc.perform(get("/actuator/uimemory").with(httpBasic(analyst, WorkshopFixture.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/uimemory")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBrowserOpeningTheSignInPageIsASession() throws Exception {
        int before = memory.sessions();
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(memory.sessions()).isGreaterThan(before);
    }
}
