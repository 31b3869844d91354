package org.greenborder.academy.certificate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateDesignRepository extends JpaRepository<CertificateDesign, Long> {

    /** The designs that ask for a scenario, for issuing completion certificates when an attempt passes. */
    @Query("select d from CertificateDesign d join d.requiredScenarios s where s = :scenarioId")
    List<CertificateDesign> findRequiring(String scenarioId);
}
