package org.greenborder.academy.certificate;

/** A scenario an event can require for its completion certificate. */
public record ScenarioChoice(String id, String title) {
}
