package org.greenborder.academy.certificate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential, data model 2.0).
 *
 * <p>It is <strong>not signed</strong>: there is no {@code proof}, because the platform holds no issuer key or DID to
 * sign with. What makes it trustworthy instead is that its {@code id} and {@code credentialStatus} point to this
 * platform's public verification, which answers from the stored certificate; a wallet or verifier that requires
 * a cryptographic proof will report it as unverified. The {@code evidence} carries the SHA-256 of the issued PDF, so
 * the PDF and the credential can be matched.
 */
final class OpenBadge {

    static final String CONTEXT_VC = "https://www.w3.org/ns/credentials/v2";
    static final String CONTEXT_OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private OpenBadge() {
    }

    static Map<String, Object> credential(Certificate certificate, CertificateProperties properties) {
        String verifyUrl = properties.verificationUrl(certificate.getCode());
        String apiUrl = properties.publicUrl() + "/api/certificates/" + certificate.getCode();
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", properties.publicUrl() + "/");
        issuer.put("type", List.of("Profile"));
        issuer.put("name", certificate.getIssuer() + " (through Green Border Academy)");
        issuer.put("url", properties.publicUrl() + "/");

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", properties.publicUrl() + "/achievements/" + certificate.getEventId() + "/"
                + certificate.getKind().name().toLowerCase(Locale.ROOT));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", certificate.getKind() == CertificateKind.RESOURCE_PERSON ? "Award" : "Certificate");
        achievement.put("name", certificate.getKind().heading() + ": " + certificate.getEventTitle());
        achievement.put("description", "Someone who " + certificate.getKind().verb() + " " + certificate.getEventTitle()
                + ", " + CertificatePdf.where(certificate.getEventPlace(), certificate.getEventStart(), certificate.getEventEnd()) + ".");
        achievement.put("criteria", Map.of("narrative", switch (certificate.getKind()) {
            case ATTENDANCE -> "Attendance at the workshop's sessions at or above the rate its organisers set.";
            case RESOURCE_PERSON -> "Contribution to the workshop as a resource person or remote presenter.";
            case SCENARIO_COMPLETION -> "A passing score in every simulated shipment inspection the workshop requires.";
        }));
        achievement.put("inLanguage", "en");

        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("type", "IdentityObject");
        identifier.put("identityHash", certificate.getHolderName());
        identifier.put("identityType", "name");
        identifier.put("hashed", false);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identifier));
        subject.put("achievement", achievement);
        subject.put("activityStartDate", startOfDay(certificate.getEventStart()));
        subject.put("activityEndDate", startOfDay(certificate.getEventEnd()));
        subject.put("narrative", certificate.getAchievement());

        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("id", verifyUrl);
        evidence.put("type", List.of("Evidence"));
        evidence.put("name", "Certificate " + certificate.getCode() + " (PDF)");
        evidence.put("description", "SHA-256 of the issued PDF: " + certificate.getPdfSha256());

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(CONTEXT_VC, CONTEXT_OB));
        credential.put("id", apiUrl);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", issuer);
        credential.put("validFrom", certificate.getIssuedAt().toString());
        if (certificate.getValidUntil() != null) {
            credential.put("validUntil", certificate.getValidUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        credential.put("name", certificate.getKind().heading() + " — " + certificate.getHolderName());
        credential.put("credentialSubject", subject);
        credential.put("evidence", List.of(evidence));
        credential.put("credentialStatus", Map.of("id", apiUrl, "type", "GreenBorderAcademyVerification"));
        return credential;
    }

    private static String startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
