package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenborder.academy.needs.SubRegion;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.ui.Downloads;

/**
 * What the dashboard and the country profile read from the address ({@code ?region=…&year=…&convention=…}):
 * a value that does not parse is ignored, not an error, since anyone can type an address. And the CSV link both
 * pages give for each of their tables.
 */
final class NeedsAddress {

    private NeedsAddress() {
    }

    static Optional<SubRegion> region(QueryParameters parameters) {
        return first(parameters, "region").flatMap(value -> {
            try {
                return Optional.of(SubRegion.valueOf(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<Integer> year(QueryParameters parameters) {
        return first(parameters, "year").flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).filter(year -> year >= 1990 && year <= 2100);
    }

    static Optional<Convention> convention(QueryParameters parameters) {
        return first(parameters, "convention").flatMap(Convention::ofCode);
    }

    /** A table's CSV download, its id and file name made from the table's name ("Needs by round" → needs-by-round). */
    static Anchor csvLink(String idPrefix, String fileBase, String table, Supplier<byte[]> content) {
        String slug = table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Downloads.link(idPrefix + slug, table + " (CSV)", VaadinIcon.FILE_TABLE, fileBase + "-" + slug + ".csv",
                "text/csv;charset=UTF-8", content);
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getParameters().getOrDefault(name, List.of()).stream().findFirst();
    }
}
