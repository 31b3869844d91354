package org.greenborder.academy.scenario;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {
    Optional<ScenarioVersion> findByScenarioIdAndChecksum(String scenarioId, String checksum);
}
