package org.greenborder.academy.certificate;

import org.greenborder.academy.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, after the demo data: issues what was earned but not issued. The scenario and workshop events
 * are not stored, so an application that stops between an event and its listener would otherwise lose that
 * automatic issue; this makes the loss last until the next start at most.
 */
@Component
@Order(70)
class CertificateCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CertificateCatchUp.class);

    private final CertificateService certificates;
    private final CertificateProperties properties;
    private final SystemIdentity identity;

    CertificateCatchUp(CertificateService certificates, CertificateProperties properties, SystemIdentity identity) {
        this.certificates = certificates;
        this.properties = properties;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.local()) {
            log.warn("Certificates' QR codes point to {}, which only this machine reaches: set GBA_PUBLIC_URL to the public "
                    + "address before issuing certificates", properties.publicUrl());
        }
        try {
            int issued = identity.call(certificates::catchUp);
            if (issued > 0) {
                log.info("Issued {} earned certificate(s) that automatic issue had missed", issued);
            }
        } catch (RuntimeException e) {
            log.warn("Certificate catch-up failed: {}", e.toString());
        }
    }
}
