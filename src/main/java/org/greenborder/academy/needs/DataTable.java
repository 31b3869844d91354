package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as the dashboard shows it and exports it: a human name ("Need levels"), column headers, and rows of cells.
 * A cell is text, a number, a day, a yes/no or empty (null); exports keep numbers and days typed.
 */
public record DataTable(String name, List<String> headers, List<List<Object>> rows) {

    public DataTable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A table needs a name");
        }
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Table \"" + name + "\": a row has " + row.size() + " cells for "
                        + headers.size() + " columns");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof LocalDate
                        || cell instanceof Boolean)) {
                    throw new IllegalArgumentException("Table \"" + name + "\": unsupported cell " + cell.getClass().getName());
                }
            }
            // Not List.copyOf: empty cells are null.
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** A row from its cells, which may include null. */
    public static List<Object> row(Object... cells) {
        return Collections.unmodifiableList(java.util.Arrays.asList(cells.clone()));
    }
}
