package org.greenborder.academy.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How long certificates of a kind are valid once issued; no period means they do not expire. */
@Entity
@Table(name = "certificate_kind_setting")
class KindSetting {

    static final int MAX_MONTHS = 120;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private CertificateKind kind;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected KindSetting() {
    }

    CertificateKind kind() {
        return kind;
    }

    Integer validityMonths() {
        return validityMonths;
    }

    long version() {
        return version;
    }

    void change(Integer months, String by, Instant at) {
        this.validityMonths = months;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
