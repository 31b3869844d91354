package org.greenborder.academy.security;

/** What a user may do. A user can hold several roles. */
public enum Role {
    ADMIN("Administrator", "Manages user accounts and the platform's reference data."),
    ORGANISER("Workshop organiser", "Plans capacity-building workshops, their agendas, breakout groups and participants."),
    TRAINEE("Customs trainee", "Practises inspections on simulated shipments and earns certificates."),
    ANALYST("UNEP analyst", "Tracks regional capacity needs per country and whether training closes them.");

    /** Spring Security authority names carry this prefix; annotations such as @RolesAllowed omit it. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
