package org.greenborder.academy.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Browsers without a Lao, Thai, Khmer or Myanmar font get the PDFs' fonts, without signing in, cached. */
@SpringBootTest
@AutoConfigureMockMvc
class WebFontsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLocalScriptFontsAreServedToAnyone() throws Exception {
        byte[] served = mvc.perform(get("/webfonts/NotoSansKhmer-Regular.ttf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")))
                .andReturn().getResponse().getContentAsByteArray();
        try (InputStream bundled = getClass().getClassLoader().getResourceAsStream("fonts/NotoSansKhmer-Regular.ttf")) {
            assertThat(served).isEqualTo(bundled.readAllBytes());
        }
        mvc.perform(get("/webfonts/../application.properties")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
    }
}
