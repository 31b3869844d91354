package org.greenborder.academy.workshop;

import java.util.List;

/**
 * What a participant import did. With any error, nothing was imported; otherwise {@code imported} people were
 * registered and {@code skipped} lines name people who already were.
 */
public record ImportReport(int rows, int imported, List<RowProblem> errors, List<RowProblem> skipped) {

    /** A problem with one line of the file; line 1 is the header. */
    public record RowProblem(int line, String message) {
        @Override
        public String toString() {
            return line == 0 ? message : "Line " + line + ": " + message;
        }
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
