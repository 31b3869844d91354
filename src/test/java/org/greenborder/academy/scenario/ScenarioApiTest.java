package org.greenborder.academy.scenario;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;

/** The training API with the demo accounts: catalogue, own attempts, and who may read an attempt. */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private long attemptOfTheDemoTrainee() {
        return SignedIn.as(contextHolder, "trainee", Role.TRAINEE, () -> {
            long id = scenarios.start("hcfc22-declared-as-hfc134a", 99L);
            scenarios.inspect(id, "licence-check");
            scenarios.note(id, "price", true);
            scenarios.decide(id, "release", "no-ground", 2);
            return id;
        });
    }

    @Test
    void theCatalogueListsEveryScenario() throws Exception {
        mvc.perform(get("/api/scenarios").with(httpBasic("trainee", "ozone-layer-1987")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(12)))
                .andExpect(jsonPath("$[?(@.id == 'hcfc22-declared-as-hfc134a')].conventions[0]").value("montreal"));
        mvc.perform(get("/api/scenarios")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAttemptIsReadableByItsOwnerAndAnalystsOnly() throws Exception {
        long id = attemptOfTheDemoTrainee();
        mvc.perform(get("/api/me/attempts").with(httpBasic("trainee", "ozone-layer-1987")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].passed").value(false));
        mvc.perform(get("/api/attempts/" + id).with(httpBasic("trainee", "ozone-layer-1987")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.result.verdict").value("wrong"))
                .andExpect(jsonPath("$.result.passed").value(false))
                .andExpect(jsonPath("$.result.redFlags[0].outcome").value("found"))
                .andExpect(jsonPath("$.inspections[0]").value("Check the importer in the licence register"));
        mvc.perform(get("/api/attempts/" + id).with(httpBasic("analyst", "ozone-layer-1987"))).andExpect(status().isOk());
        mvc.perform(get("/api/attempts/" + id).with(httpBasic("organiser", "ozone-layer-1987"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/attempts/999999").with(httpBasic("trainee", "ozone-layer-1987"))).andExpect(status().isNotFound());
    }
}
