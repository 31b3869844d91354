package org.greenborder.academy.certificate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Someone trying codes from one address is slowed down, with a 429 that says when to come back; others are not. */
@SpringBootTest(properties = {"gba.demo-data.enabled=false", "gba.guidance.import-on-start=false",
        "gba.certificates.lookups-per-minute=100", "gba.certificates.unknown-codes-per-hour=5"})
@AutoConfigureMockMvc
class VerificationRateLimitTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void enumeratingCodesIsStoppedAfterAFewUnknownOnes() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/certificates/" + CertificateCode.generate()).with(from("203.0.113.7")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("unknown"));
        }
        mvc.perform(get("/api/certificates/" + CertificateCode.generate()).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many certificate checks")));
        mvc.perform(get("/api/certificates/" + CertificateCode.generate()).with(from("198.51.100.4")))
                .andExpect(status().isOk());
    }
}
