package org.greenborder.academy.audit;

/** What the audit trail records, grouped by the area it concerns. */
public enum AuditAction {
    SIGNED_IN("Signed in", Area.SIGN_IN),
    PASSWORD_ACCEPTED("Password accepted, code asked", Area.SIGN_IN),
    SIGN_IN_FAILED("Sign-in failed", Area.SIGN_IN),
    SECOND_FACTOR_FAILED("Second factor failed", Area.SIGN_IN),
    SIGNED_OUT("Signed out", Area.SIGN_IN),
    ACCESS_DENIED("Access denied", Area.SIGN_IN),
    SECOND_FACTOR_ENROLLED("Second factor set up", Area.ACCOUNTS),
    SECOND_FACTOR_RESET("Second factor reset", Area.ACCOUNTS),
    ACCOUNT_CREATED("Account created", Area.ACCOUNTS),
    ACCOUNT_UPDATED("Account details changed", Area.ACCOUNTS),
    ROLES_CHANGED("Roles changed", Area.ACCOUNTS),
    ACCOUNT_ENABLED("Account enabled", Area.ACCOUNTS),
    ACCOUNT_DISABLED("Account disabled", Area.ACCOUNTS),
    PASSWORD_RESET("Password reset", Area.ACCOUNTS),
    PASSWORD_CHANGED("Own password changed", Area.ACCOUNTS),
    SESSIONS_ENDED("Sessions ended", Area.ACCOUNTS),
    EVENT_CREATED("Event created", Area.WORKSHOPS),
    EVENT_UPDATED("Event edited", Area.WORKSHOPS),
    EVENT_STATUS_CHANGED("Event status changed", Area.WORKSHOPS),
    EVENT_LINKED("Events linked", Area.WORKSHOPS),
    AGENDA_SESSION_ADDED("Agenda session added", Area.WORKSHOPS),
    AGENDA_SESSION_EDITED("Agenda session edited", Area.WORKSHOPS),
    AGENDA_SESSION_DELETED("Agenda session deleted", Area.WORKSHOPS),
    EVENT_UNLINKED("Event link removed", Area.WORKSHOPS),
    CERTIFICATE_ISSUED("Certificate issued", Area.CERTIFICATES),
    CERTIFICATE_REVOKED("Certificate revoked", Area.CERTIFICATES),
    CERTIFICATE_REISSUED("Certificate re-issued", Area.CERTIFICATES),
    CERTIFICATE_DESIGN_CHANGED("Certificate design changed", Area.CERTIFICATES);

    public enum Area {
        SIGN_IN, ACCOUNTS, WORKSHOPS, CERTIFICATES
    }

    private final String label;
    private final Area area;

    AuditAction(String label, Area area) {
        this.label = label;
        this.area = area;
    }

    public String label() {
        return label;
    }

    public Area area() {
        return area;
    }
}
