package org.greenborder.academy.needs;

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
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How strongly one agency of one country (or one respondent of it) needs capacity on one theme, in one round. */
@Entity
@Table(name = "needs_rating")
class NeedsRating {

    static final int COMMENT_MAX = 1000;
    /** The respondent of an analyst's entry, which speaks for the whole agency. */
    static final String AGENCY = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(nullable = false, length = 2)
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "agency_type", nullable = false, length = 40)
    private AgencyType agencyType;

    @Column(name = "theme_code", nullable = false, length = 40)
    private String themeCode;

    @Column(nullable = false, length = 50)
    private String respondent;

    @Column(name = "need_level", nullable = false)
    private int level;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RatingSource source;

    @Column(name = "entered_by", nullable = false, length = 50)
    private String enteredBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NeedsRating() {
    }

    NeedsRating(long roundId, CountryCode country, AgencyType agencyType, String themeCode, String respondent, RatingSource source) {
        this.roundId = roundId;
        this.country = country;
        this.agencyType = agencyType;
        this.themeCode = themeCode;
        this.respondent = respondent;
        this.source = source;
    }

    void rate(int level, String comment, String by, Instant at) {
        this.level = level;
        this.comment = comment;
        this.enteredBy = by;
        this.updatedAt = at;
    }

    Rating toRating() {
        return new Rating(id, roundId, country, agencyType, themeCode, respondent, level, comment, source, enteredBy,
                updatedAt, version);
    }

    Long id() {
        return id;
    }

    long roundId() {
        return roundId;
    }

    String themeCode() {
        return themeCode;
    }

    long version() {
        return version;
    }
}
