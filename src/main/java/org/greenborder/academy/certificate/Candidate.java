package org.greenborder.academy.certificate;

import java.util.Map;
import java.util.Set;

/**
 * A person registered for an event, with what they have earned: attendance (as "n of m sessions"), the required
 * scenarios passed, and the kinds of certificate they qualify for and already hold.
 */
public record Candidate(long personId, String name, String localName, String role, String attendance,
                        int scenariosPassed, int scenariosRequired,
                        Set<CertificateKind> eligible, Map<CertificateKind, Certificate> current, boolean nameChanged) {
}
