package org.greenborder.academy.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.greenborder.academy.shared.CountryCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in: an organiser, a trainee, a UNEP analyst or an administrator. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    public static final int USERNAME_MAX = 50;
    public static final int FULL_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 160;
    /** Lower-case letters, digits and . _ - ; starts with a letter or digit. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,49}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = USERNAME_PATTERN, message = "2–50 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = FULL_NAME_MAX)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = ORGANISATION_MAX)
    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @Column(name = "country_code", length = 2)
    private CountryCode country;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotEmpty(message = "Choose at least one role")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Set when an administrator chose the password (a new account, a reset); cleared when the owner chooses theirs. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Base32 TOTP secret; null until the user has set up their authenticator app. Never leaves the server. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The last 30-second step whose code was accepted: codes of it and earlier steps are refused. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        setRoles(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public CountryCode getCountry() {
        return country;
    }

    public void setCountry(CountryCode country) {
        this.country = country;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }


    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean required) {
        this.passwordChangeRequired = required;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    void setTotpLastStep(Long step) {
        this.totpLastStep = step;
    }

    void enrolTotp(String secret, long acceptedStep, Instant at) {
        this.totpSecret = secret;
        this.totpLastStep = acceptedStep;
        this.totpEnrolledAt = at;
    }

    void clearTotp() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnrolledAt = null;
    }

    /** When the user set up their authenticator app; null if they have not (or an administrator reset it). */
    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }
}
