package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.ContentFiles;
import org.greenborder.academy.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The certificate API with the demo data: the public status by code, and the holder's own list, PDFs and badges. */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CertificateService certificates;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private List<Certificate> traineesCertificates() {
        return SignedIn.as(contextHolder, "trainee", Role.TRAINEE, () -> certificates.mine());
    }

    @Test
    void anyoneReadsTheStatusOfACodeWithoutAnAccount() throws Exception {
        Certificate certificate = traineesCertificates().getFirst();
        mvc.perform(get("/api/certificates/" + certificate.getCode()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.status").value("valid"))
                .andExpect(jsonPath("$.code").value(certificate.getCode()))
                .andExpect(jsonPath("$.holder.name").value("Khamphet Sisavath"))
                .andExpect(jsonPath("$.holder.localName").value("ຄຳເພັດ ສີສະຫວາດ"))
                .andExpect(jsonPath("$.event.title").value(certificate.getEventTitle()))
                .andExpect(jsonPath("$.pdfSha256").value(certificate.getPdfSha256()))
                .andExpect(jsonPath("$.holder.username").doesNotExist())
                .andExpect(jsonPath("$.revokeReason").doesNotExist());
        // lower case and spaces, as someone types it from paper
        mvc.perform(get("/api/certificates/" + certificate.getCode().toLowerCase().replace('-', ' ')))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("valid"));
    }

    @Test
    void anUnknownCodeGetsTheStatusAndNothingElse() throws Exception {
        MvcResult result = mvc.perform(get("/api/certificates/7KQM-W3XD-9HPT-RZ4C-N"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"status\":\"unknown\"}");
        mvc.perform(get("/api/certificates/<script>")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"unknown\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        // only reading is public
        mvc.perform(post("/api/certificates/7KQM-W3XD-9HPT-RZ4C-N")).andExpect(status().isUnauthorized());
    }

    @Test
    void holdersListTheirCertificatesAndDownloadThemAsIssued() throws Exception {
        Certificate certificate = traineesCertificates().getFirst();
        mvc.perform(get("/api/me/certificates")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/certificates").with(httpBasic("trainee", "ozone-layer-1987")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.code == '" + certificate.getCode() + "')].status").value("valid"))
                .andExpect(jsonPath("$[?(@.code == '" + certificate.getCode() + "')].pdf")
                        .value("/api/me/certificates/" + certificate.getCode() + "/pdf"));
        MvcResult pdf = mvc.perform(get("/api/me/certificates/" + certificate.getCode() + "/pdf").with(httpBasic("trainee", "ozone-layer-1987")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        assertThat(ContentFiles.sha256(pdf.getResponse().getContentAsByteArray())).isEqualTo(certificate.getPdfSha256());
        // someone else's certificate is "not found", like a code that does not exist
        mvc.perform(get("/api/me/certificates/" + certificate.getCode() + "/pdf").with(httpBasic("analyst", "ozone-layer-1987")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/me/certificates").with(httpBasic("analyst", "ozone-layer-1987")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aCertificateIsAlsoAnOpenBadgesCredential() throws Exception {
        Certificate certificate = traineesCertificates().getFirst();
        mvc.perform(get("/api/me/certificates/" + certificate.getCode() + "/badge").with(httpBasic("trainee", "ozone-layer-1987")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['@context'][0]").value("https://www.w3.org/ns/credentials/v2"))
                .andExpect(jsonPath("$['@context'][1]").value("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .andExpect(jsonPath("$.type[1]").value("OpenBadgeCredential"))
                .andExpect(jsonPath("$.issuer.type[0]").value("Profile"))
                .andExpect(jsonPath("$.credentialSubject.type[0]").value("AchievementSubject"))
                .andExpect(jsonPath("$.credentialSubject.achievement.type[0]").value("Achievement"))
                .andExpect(jsonPath("$.credentialSubject.achievement.criteria.narrative").isNotEmpty())
                .andExpect(jsonPath("$.credentialSubject.identifier[0].identityHash").value("Khamphet Sisavath"))
                .andExpect(jsonPath("$.validFrom").isNotEmpty())
                .andExpect(jsonPath("$.evidence[0].description").value("SHA-256 of the issued PDF: " + certificate.getPdfSha256()))
                .andExpect(jsonPath("$.proof").doesNotExist());
    }
}
