package org.greenborder.academy.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A problem found in a scenario file by the last load, kept for the admins' list. */
@Entity
@Table(name = "scenario_problem")
class StoredProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_path", nullable = false, length = 300)
    private String sourcePath;

    @Column(name = "line_no", nullable = false)
    private int line;

    @Column(name = "column_no", nullable = false)
    private int column;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected StoredProblem() {
    }

    StoredProblem(ScenarioProblem problem, Instant foundAt) {
        String path = problem.file();
        this.sourcePath = path.length() > 300 ? path.substring(path.length() - 300) : path;
        this.line = problem.line();
        this.column = problem.column();
        this.message = problem.message().length() > 1000 ? problem.message().substring(0, 997) + "..." : problem.message();
        this.foundAt = foundAt;
    }

    ScenarioProblem toProblem() {
        return new ScenarioProblem(sourcePath, line, column, message);
    }

    Instant getFoundAt() {
        return foundAt;
    }
}
