package org.greenborder.academy.needs;

/** The dashboard's figures, drawn on the server by the same code for the page (SVG) and the report (PDF). */
public enum NeedsChart {
    HEAT_MAP("Current need by country and theme"),
    TREND("Need across rounds"),
    COVERAGE("Reported needs addressed by training"),
    OFFICERS_TRAINED("Officers trained per country and year"),
    MISSED_FLAGS("Most-missed red flags");

    private final String title;

    NeedsChart(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
