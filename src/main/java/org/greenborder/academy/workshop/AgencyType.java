package org.greenborder.academy.workshop;

/** The kind of agency a participant works for. */
public enum AgencyType {
    CUSTOMS("Customs"),
    COMPETENT_AUTHORITY("Competent authority / environment ministry"),
    NATIONAL_OZONE_UNIT("National ozone unit"),
    POLICE("Police"),
    PORT_AUTHORITY("Port authority"),
    INTERNATIONAL_ORGANISATION("International organisation");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
