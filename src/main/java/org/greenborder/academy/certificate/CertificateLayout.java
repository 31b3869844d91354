package org.greenborder.academy.certificate;

/** The look of an event's certificates: a framed, centred formal page or a plain one with a coloured band. */
public enum CertificateLayout {
    FORMAL("Formal"),
    SIMPLE("Simple");

    private final String label;

    CertificateLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
