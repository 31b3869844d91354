package org.greenborder.academy.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of content/ that the last import skipped, and why. */
@Entity
@Table(name = "guidance_import_problem")
public class ImportProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_path", nullable = false, length = 300)
    private String sourcePath;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected ImportProblem() {
    }

    ImportProblem(String sourcePath, String message, Instant foundAt) {
        this.sourcePath = sourcePath.length() > 300 ? sourcePath.substring(sourcePath.length() - 300) : sourcePath;
        this.message = message.length() > 1000 ? message.substring(0, 997) + "..." : message;
        this.foundAt = foundAt;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getMessage() {
        return message;
    }

    public Instant getFoundAt() {
        return foundAt;
    }
}
