package org.greenborder.academy.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON about certificates. {@code GET /api/certificates/{code}} is public (no account; rate-limited per address)
 * and says only what the verification page says. {@code /api/me/certificates…} are the caller's own (HTTP Basic,
 * like the rest of /api): the list, each PDF as issued, and each as an Open Badges 3.0 credential.
 */
@RestController
@RequestMapping("/api")
class CertificateApiController {

    private final CertificateService certificates;
    private final CertificateProperties properties;

    CertificateApiController(CertificateService certificates, CertificateProperties properties) {
        this.certificates = certificates;
        this.properties = properties;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VerificationResponse(String status, String code, String title, Holder holder, String achievement, Event event,
                                String issuer, LocalDate issuedOn, LocalDate validUntil, LocalDate revokedOn,
                                LocalDate supersededOn, String supersededBy, String supersededByUrl, String pdfSha256,
                                String verificationUrl) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Holder(String name, String localName) {
    }

    record Event(String title, String place, LocalDate startDate, LocalDate endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MyCertificate(String code, String kind, String title, String event, LocalDate issuedOn, LocalDate validUntil,
                         String status, String pdf, String badge, String verificationUrl) {
    }

    @GetMapping("/certificates/{code}")
    ResponseEntity<VerificationResponse> verify(@PathVariable String code, HttpServletRequest request) {
        Verification v = certificates.verify(code, request.getRemoteAddr());
        VerificationResponse body = v.code() == null ? new VerificationResponse(v.status().json(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null)
                : new VerificationResponse(v.status().json(), v.code(), v.title(), new Holder(v.holderName(), v.holderLocalName()),
                v.achievement(), new Event(v.eventTitle(), v.eventPlace(), v.eventStart(), v.eventEnd()), v.issuer(),
                v.issuedOn(), v.validUntil(), v.revokedOn(), v.supersededOn(), v.supersededBy(),
                v.supersededBy() == null ? null : properties.verificationUrl(v.supersededBy()), v.pdfSha256(),
                properties.verificationUrl(v.code()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/me/certificates")
    List<MyCertificate> mine() {
        return certificates.mine().stream().map(c -> new MyCertificate(c.getCode(), c.getKind().name().toLowerCase(Locale.ROOT),
                c.getKind().heading(), c.getEventTitle(), c.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate(), c.getValidUntil(),
                certificates.status(c).json(), "/api/me/certificates/" + c.getCode() + "/pdf",
                "/api/me/certificates/" + c.getCode() + "/badge", properties.verificationUrl(c.getCode()))).toList();
    }

    @GetMapping("/me/certificates/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        Certificate certificate = certificates.myCertificate(code);
        byte[] bytes = certificates.pdf(certificate.getId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.getCode() + ".pdf").build().toString())
                .header("X-Content-SHA256", certificate.getPdfSha256())
                .body(bytes);
    }

    @GetMapping(value = "/me/certificates/{code}/badge", produces = {"application/vc+ld+json", MediaType.APPLICATION_JSON_VALUE})
    Map<String, Object> badge(@PathVariable String code) {
        return certificates.badge(code);
    }

    @ExceptionHandler(VerificationLimitException.class)
    ResponseEntity<ProblemDetail> tooMany(VerificationLimitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }
}
