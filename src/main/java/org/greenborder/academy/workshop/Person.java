package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.greenborder.academy.shared.CountryCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Someone who takes part in workshops. Kept apart from user accounts: most participants never sign in; those who
 * do are linked by user name, which lets them see their workshops and check in.
 */
@Entity
public class Person {

    public static final int NAME_MAX = 120;
    public static final int JOB_TITLE_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The name in Latin script, as on the passport. */
    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    /** The name in the person's own script (ຄຳເພັດ, សុខា, ...), if they give it. */
    @Size(max = NAME_MAX)
    @Column(name = "local_name", length = NAME_MAX)
    private String localName;

    @NotNull
    @Column(name = "country_code", nullable = false, length = 2)
    private CountryCode country;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "agency_type", nullable = false, length = 40)
    private AgencyType agencyType;

    @Size(max = JOB_TITLE_MAX)
    @Column(name = "job_title", length = JOB_TITLE_MAX)
    private String jobTitle;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX, unique = true)
    private String email;

    @Size(max = 50)
    @Column(length = 50, unique = true)
    private String username;

    @Version
    private long version;

    public Person() {
    }

    public Person(String fullName, CountryCode country, AgencyType agencyType, Organisation organisation) {
        this.fullName = fullName;
        this.country = country;
        this.agencyType = agencyType;
        this.organisation = organisation;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getLocalName() {
        return localName;
    }

    public void setLocalName(String localName) {
        this.localName = localName;
    }

    public CountryCode getCountry() {
        return country;
    }

    public void setCountry(CountryCode country) {
        this.country = country;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(AgencyType agencyType) {
        this.agencyType = agencyType;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public long getVersion() {
        return version;
    }

    /** "Khamphet Sisavath (ຄຳເພັດ ສີສະຫວາດ)" when a local-script name is known. */
    public String displayName() {
        return localName == null || localName.isBlank() ? fullName : fullName + " (" + localName + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
