package org.greenborder.academy.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The exact text of a scenario file as loaded once; attempts point at it, so they replay as they were played. */
@Entity
@Table(name = "scenario_version")
class ScenarioVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String source;

    @Column(name = "source_path", nullable = false, length = 300)
    private String sourcePath;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected ScenarioVersion() {
    }

    ScenarioVersion(String scenarioId, String checksum, String source, String sourcePath, Instant loadedAt) {
        this.scenarioId = scenarioId;
        this.checksum = checksum;
        this.source = source;
        this.sourcePath = sourcePath.length() > 300 ? sourcePath.substring(sourcePath.length() - 300) : sourcePath;
        this.loadedAt = loadedAt;
    }

    Long getId() {
        return id;
    }

    String getScenarioId() {
        return scenarioId;
    }

    String getChecksum() {
        return checksum;
    }

    String getSource() {
        return source;
    }

    String getSourcePath() {
        return sourcePath;
    }
}
