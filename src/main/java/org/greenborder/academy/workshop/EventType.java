package org.greenborder.academy.workshop;

/** What kind of gathering an event is. */
public enum EventType {
    CAPACITY_BUILDING_WORKSHOP("Capacity-building workshop"),
    NETWORK_MEETING("Network meeting"),
    JOINT_MEETING("Joint meeting"),
    NATIONAL_TRAINING("National training"),
    SITE_VISIT("Site visit"),
    WEBINAR("Webinar");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
