package org.greenborder.academy.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued certificate: a copy of everything it says (holder, what, where, when, who issued it) taken at issue,
 * so that later edits of the event or the person change nothing already issued. The PDF lives in
 * {@link CertificatePdfFile}; its SHA-256 and size are kept here.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CertificateCode.FORMATTED_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CertificateKind kind;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "holder_username", length = 50)
    private String holderUsername;

    @Column(name = "holder_name", nullable = false, length = 120)
    private String holderName;

    @Column(name = "holder_local_name", length = 120)
    private String holderLocalName;

    @Column(nullable = false, length = 600)
    private String achievement;

    @Column(name = "event_title", nullable = false, length = 300)
    private String eventTitle;

    @Column(name = "event_place", nullable = false, length = 200)
    private String eventPlace;

    @Column(name = "event_start", nullable = false)
    private LocalDate eventStart;

    @Column(name = "event_end", nullable = false)
    private LocalDate eventEnd;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column(nullable = false, length = 300)
    private String issuer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateLayout layout;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 50)
    private String issuedBy;

    @Column(nullable = false)
    private boolean automatic;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 50)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "current_key", length = 80)
    private String currentKey;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size", nullable = false)
    private int pdfSize;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String code, CertificateKind kind, CertificateContent content, String issuedBy, boolean automatic) {
        this.code = code;
        this.kind = kind;
        this.eventId = content.eventId();
        this.personId = content.personId();
        this.holderUsername = content.holderUsername();
        this.holderName = content.holderName();
        this.holderLocalName = content.holderLocalName();
        this.achievement = content.achievement();
        this.eventTitle = content.eventTitle();
        this.eventPlace = content.eventPlace();
        this.eventStart = content.eventStart();
        this.eventEnd = content.eventEnd();
        this.scorePercent = content.scorePercent();
        this.issuer = content.issuer();
        this.layout = content.layout();
        this.issuedAt = content.issuedAt();
        this.validUntil = content.validUntil();
        this.issuedBy = issuedBy;
        this.automatic = automatic;
        this.currentKey = currentKey(kind, content.eventId(), content.personId());
    }

    static String currentKey(CertificateKind kind, long eventId, long personId) {
        return kind.name() + ":" + eventId + ":" + personId;
    }

    /** What a verifier is told on the given day. */
    public CertificateStatus status(LocalDate today) {
        if (supersededById != null) {
            return CertificateStatus.SUPERSEDED;
        }
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (validUntil != null && today.isAfter(validUntil)) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    void revoke(String by, String reason, Instant at) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
        this.currentKey = null;
    }

    /** Gives up the "current" slot (before a re-issue takes it). */
    void releaseCurrent() {
        this.currentKey = null;
    }

    void supersede(long newId, Instant at) {
        this.supersededById = newId;
        this.supersededAt = at;
        this.currentKey = null;
    }

    void attachPdf(String sha256, int size) {
        this.pdfSha256 = sha256;
        this.pdfSize = size;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public long getEventId() {
        return eventId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getHolderUsername() {
        return holderUsername;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderLocalName() {
        return holderLocalName;
    }

    public String getAchievement() {
        return achievement;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public String getEventPlace() {
        return eventPlace;
    }

    public LocalDate getEventStart() {
        return eventStart;
    }

    public LocalDate getEventEnd() {
        return eventEnd;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public String getIssuer() {
        return issuer;
    }

    public CertificateLayout getLayout() {
        return layout;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public int getPdfSize() {
        return pdfSize;
    }

    public long getVersion() {
        return version;
    }
}
