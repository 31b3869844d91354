package org.greenborder.academy.scenario;

/** Something wrong in a scenario file, at a line and column (1-based; 0 when the file as a whole is meant). */
public record ScenarioProblem(String file, int line, int column, String message) implements Comparable<ScenarioProblem> {

    /** As compilers print it, so editors can jump to it: {@code file:line:column: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(ScenarioProblem other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
