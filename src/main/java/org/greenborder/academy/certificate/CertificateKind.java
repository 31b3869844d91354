package org.greenborder.academy.certificate;

/** What a certificate says its holder did. */
public enum CertificateKind {
    SCENARIO_COMPLETION("Scenario completion", "Certificate of Completion",
            "has successfully completed the simulated shipment inspections required by"),
    ATTENDANCE("Workshop attendance", "Certificate of Attendance", "has attended"),
    RESOURCE_PERSON("Resource person", "Certificate of Appreciation", "has contributed as a resource person to");

    private final String label;
    private final String heading;
    private final String verb;

    CertificateKind(String label, String heading, String verb) {
        this.label = label;
        this.heading = heading;
        this.verb = verb;
    }

    /** The words between the holder's name and the event on the certificate. */
    public String verb() {
        return verb;
    }

    public String label() {
        return label;
    }

    /** The title printed on the certificate. */
    public String heading() {
        return heading;
    }
}
