package org.greenborder.academy.shared;

import java.util.Locale;
import java.util.Optional;

/** The four conventions whose trade controls the platform trains for. */
public enum Convention {
    BASEL("Basel", "Hazardous wastes"),
    MONTREAL("Montreal", "Ozone-depleting substances and HFCs"),
    ROTTERDAM("Rotterdam", "Hazardous chemicals and pesticides (PIC)"),
    STOCKHOLM("Stockholm", "Persistent organic pollutants");

    private final String label;
    private final String scope;

    Convention(String label, String scope) {
        this.label = label;
        this.scope = scope;
    }

    public String label() {
        return label;
    }

    public String scope() {
        return scope;
    }

    /** The lower-case name scenario files use: "basel", "montreal"… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Convention> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Convention convention : values()) {
            if (convention.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(convention);
            }
        }
        return Optional.empty();
    }
}
