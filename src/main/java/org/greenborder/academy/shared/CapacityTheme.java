package org.greenborder.academy.shared;

/**
 * The capacity-building themes that workshops address, training exercises and action items serve, and needs
 * assessments measure. The first six are the needs named by customs officers at REN's workshops.
 */
public enum CapacityTheme {
    INFORMATION_SHARING("Information and intelligence sharing"),
    EXPERTISE("Technical expertise"),
    LEGISLATION("National legislation"),
    RESOURCES("Capacity and financial resources"),
    TRADE_FACILITATION_BALANCE("Balancing trade facilitation and control of suspicious shipments"),
    AWARENESS("Awareness raising"),
    INTER_AGENCY_COOPERATION("Cooperation between customs, competent authorities and ozone units"),
    SUBSTANCE_IDENTIFICATION("Identifying ODS, HFCs, chemicals and wastes"),
    ESM_CONFIRMATION("Confirming environmentally sound management");

    private final String label;

    CapacityTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
