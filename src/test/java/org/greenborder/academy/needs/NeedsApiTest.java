package org.greenborder.academy.needs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.WorkshopFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/needs/countries/{iso}} on the demo data, through the real API security chain. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WorkshopFixture.class)
class NeedsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkshopFixture fx;

    @Test
    void anAnalystGetsTheCountryProfile() throws Exception {
        String analyst = fx.account(Role.ANALYST);
        mvc.perform(get("/api/needs/countries/la").with(httpBasic(analyst, WorkshopFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country").value("LA"))
                .andExpect(jsonPath("$.countryName").value("Lao PDR"))
                .andExpect(jsonPath("$.subRegion").value("South-East Asia"))
                .andExpect(jsonPath("$.needs[*].roundTitle").value(hasItem("REN 5th annual workshop needs survey, November 2016")))
                .andExpect(jsonPath("$.workshops[*].title").value(hasItem(containsString("SEAP Customs Officers"))))
                .andExpect(jsonPath("$.recommendations.length()").value(greaterThan(0)))
                .andExpect(jsonPath("$.recommendations[0].reasons[0]").value(containsString("Need level")))
                .andExpect(jsonPath("$.recommendations[*].level").value(everyItem(lessThanOrEqualTo(5.0))));
        // a year narrows training to that year: nothing was trained in 2015
        mvc.perform(get("/api/needs/countries/LA?year=2015&convention=montreal").with(httpBasic(analyst, WorkshopFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workshops.length()").value(0))
                .andExpect(jsonPath("$.needs.length()").value(1));
    }

    @Test
    void wrongInputAndWrongRolesAreRefused() throws Exception {
        String analyst = fx.account(Role.ANALYST);
        String trainee = fx.account(Role.TRAINEE);
        mvc.perform(get("/api/needs/countries/XX").with(httpBasic(analyst, WorkshopFixture.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/needs/countries/LA?convention=kyoto").with(httpBasic(analyst, WorkshopFixture.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/needs/countries/LA?year=12").with(httpBasic(analyst, WorkshopFixture.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/needs/countries/LA").with(httpBasic(trainee, WorkshopFixture.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/needs/countries/LA")).andExpect(status().isUnauthorized());
    }
}
