package org.greenborder.academy.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.greenborder.academy.certificate.Candidate;
import org.greenborder.academy.certificate.CertificateDesign;
import org.greenborder.academy.certificate.CertificateImage;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateLayout;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.ImagePurpose;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.WorkshopService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo certificates, after the training history: the 2014 Lao PDR workshop (closed) gets a formal design with the
 * academy's emblem and two signatories (the invented demo organiser and UNEP expert, with drawn stand-in
 * signatures) and everyone's earned attendance and resource person certificates; the upcoming Asian Network
 * workshop requires the HCFC-22 scenario, which the demo trainee has passed, so the trainee also holds a completion
 * certificate. All of it through the certificate service, as an organiser would do it.
 */
@Component
@Order(60)
class DemoCertificates implements ApplicationRunner {

    static final String CERTIFICATES_SEED = "demo-certificates-v1";
    static final String REQUIRED_SCENARIO = "hcfc22-declared-as-hfc134a";

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

    private final DemoProperties properties;
    private final DataSeedRepository seeds;
    private final WorkshopService workshops;
    private final CertificateService certificates;
    private final SystemIdentity system;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCertificates(DemoProperties properties, DataSeedRepository seeds, WorkshopService workshops,
                     CertificateService certificates, SystemIdentity system, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.seeds = seeds;
        this.workshops = workshops;
        this.certificates = certificates;
        this.system = system;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || seeds.existsById(CERTIFICATES_SEED) || !seeds.existsById(DemoTraining.TRAINING_SEED)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> system.run(this::load));
            log.info("Loaded demo data '{}'", CERTIFICATES_SEED);
        } catch (RuntimeException e) {
            log.warn("Demo data '{}' not loaded: {}", CERTIFICATES_SEED, e.toString());
        }
    }

    private void load() {
        long lao = eventId(DemoWorkshops.LAO_WORKSHOP);
        CertificateDesign laoDesign = design(lao, CertificateLayout.FORMAL);
        laoDesign.setAttendanceThreshold(75);
        certificates.saveDesign(laoDesign);
        for (Candidate candidate : certificates.candidates(lao)) {
            for (CertificateKind kind : candidate.eligible()) {
                certificates.issue(lao, candidate.personId(), kind);
            }
        }

        long asian = eventId(DemoWorkshops.ASIAN_NETWORK_WORKSHOP);
        CertificateDesign asianDesign = design(asian, CertificateLayout.SIMPLE);
        asianDesign.setRequiredScenarios(Set.of(REQUIRED_SCENARIO));
        certificates.saveDesign(asianDesign);
        for (Candidate candidate : certificates.candidates(asian)) {
            if (candidate.eligible().contains(CertificateKind.SCENARIO_COMPLETION)) {
                certificates.issue(asian, candidate.personId(), CertificateKind.SCENARIO_COMPLETION);
            }
        }
        seeds.save(new DataSeed(CERTIFICATES_SEED, Instant.now(clock)));
    }

    private CertificateDesign design(long eventId, CertificateLayout layout) {
        CertificateImage emblem = certificates.uploadImage(eventId, ImagePurpose.LOGO, "green-border-academy-emblem.png", DemoImages.emblem());
        CertificateImage first = certificates.uploadImage(eventId, ImagePurpose.SIGNATURE, "signature-chaiyasit.png", DemoImages.signature(11));
        CertificateImage second = certificates.uploadImage(eventId, ImagePurpose.SIGNATURE, "signature-desai.png", DemoImages.signature(29));
        CertificateDesign design = certificates.design(eventId);
        design.setLayout(layout);
        design.setLogoLeftId(emblem.getId());
        design.setSignatory1Name("Siriporn Chaiyasit");
        design.setSignatory1Title("Programme Officer, OzonAction Compliance Assistance Programme");
        design.setSignatory1ImageId(first.getId());
        design.setSignatory2Name("Rohan Desai");
        design.setSignatory2Title("Montreal Protocol enforcement specialist");
        design.setSignatory2ImageId(second.getId());
        return design;
    }

    private long eventId(String title) {
        return workshops.list(EventFilter.ANY).stream().filter(event -> event.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo event '" + title + "' is missing")).id();
    }
}
