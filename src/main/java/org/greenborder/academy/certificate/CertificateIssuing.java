package org.greenborder.academy.certificate;

import org.greenborder.academy.scenario.AttemptCompleted;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.workshop.WorkshopClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues certificates when the other modules say they are earned: a passed attempt may complete the scenarios a
 * workshop requires; a closed workshop makes attendance final. Runs once the publisher's transaction has
 * committed, under the system identity (the trainee who passed may not issue certificates themselves). What a
 * stop in between misses, {@link CertificateCatchUp} issues at the next start.
 */
@Component
class CertificateIssuing {

    private final CertificateService certificates;
    private final SystemIdentity identity;

    CertificateIssuing(CertificateService certificates, SystemIdentity identity) {
        this.certificates = certificates;
        this.identity = identity;
    }

    @ApplicationModuleListener
    void on(AttemptCompleted completed) {
        if (completed.passed() && completed.username() != null) {
            identity.run(() -> certificates.issueForPassedScenario(completed.username(), completed.scenarioId()));
        }
    }

    @ApplicationModuleListener
    void on(WorkshopClosed closed) {
        identity.run(() -> certificates.issueForClosedEvent(closed.eventId()));
    }
}
