package org.greenborder.academy.needs;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.greenborder.academy.shared.pdf.PdfFooter;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The regional capacity-needs report a programme officer sends to a donor: A4 portrait, headline figures, the
 * dashboard's charts as vector graphics (the very {@link NeedsCharts} objects the dashboard shows), the figures behind
 * them as tables, then one section per country. Works on the dashboard's records only.
 */
public final class NeedsReportPdf {

    static final String TITLE = "Regional capacity needs report";
    static final String AUTHOR = "Green Border Academy";

    /** Flags drawn in the chart, and listed in the table (which has room for more). */
    static final int CHART_FLAGS = 10;
    static final int TABLE_FLAGS = 25;

    private static final Color ACCENT = new Color(0x1B, 0x5E, 0x20);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xE8, 0xF0, 0xE8);
    private static final Color CARD_FILL = new Color(0xF5, 0xF8, 0xF5);
    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    private static final Color ALERT = new Color(0xB7, 0x1C, 0x1C);

    private static final float BODY = 9f;
    private static final float SMALL = 7.5f;
    private static final float MARGIN = 40;
    private static final float CONTENT_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    /** Charts are designed at screen size and scaled down to the page, so their type comes out at 7.5 to 9 pt. */
    private static final double CHART_LAYOUT_WIDTH = 620;
    private static final float MAX_FIGURE_HEIGHT = 560;
    private static final double COUNTRY_CHART_HEIGHT = 260;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final RegionalPicture picture;
    private final List<CountryProfile> profiles;
    private final PdfFonts fonts = PdfFonts.get();
    private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, 52);
    private PdfWriter writer;

    private NeedsReportPdf(RegionalPicture picture, List<CountryProfile> profiles) {
        this.picture = picture;
        this.profiles = profiles == null ? List.of() : profiles;
    }

    /**
     * The report for the picture and the profiles of the countries to detail (in the order given), stamped with who
     * generated it and when, in the reader's time zone.
     */
    public static byte[] render(RegionalPicture picture, List<CountryProfile> profiles, String generatedBy,
                                Instant generatedAt, ZoneId zone) {
        Objects.requireNonNull(picture, "picture");
        String generated = "Generated " + STAMP.format(generatedAt.atZone(zone)) + " (" + zone.getId() + ")"
                + (generatedBy == null || generatedBy.isBlank() ? "" : " by " + generatedBy.strip());
        byte[] pdf = new NeedsReportPdf(picture, profiles).write(generated);
        return withFooter(pdf, TITLE + " · " + generated);
    }

    private byte[] write(String generated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer = PdfWriter.getInstance(document, out);
            // Keep figures where they are written, rather than letting text run ahead of a chart that did not fit.
            writer.setStrictImageSequence(true);
            document.addTitle(TITLE);
            document.addAuthor(AUTHOR);
            document.addCreator(AUTHOR);
            document.addSubject(picture.filter().describe());
            document.addKeywords("capacity needs, customs, training, " + picture.filter().describe());
            document.open();
            header(generated);
            if (picture.countries().isEmpty()) {
                Paragraph none = paragraph(NeedsCharts.NO_DATA + ": no country was rated or trained in this "
                        + "sub-region, convention and period. Widen the filter to see figures.", 11, false, MUTED);
                none.setSpacingBefore(18);
                document.add(none);
            } else {
                headline();
                readingNote();
                figures();
                tables();
            }
            for (CountryProfile profile : profiles) {
                document.newPage();
                country(profile);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the needs report", e);
        }
        return out.toByteArray();
    }

    private void header(String generated) throws DocumentException {
        document.add(paragraph("GREEN BORDER ACADEMY · CAPACITY NEEDS", SMALL, true, MUTED));
        Paragraph title = paragraph(TITLE, 20, true, ACCENT);
        title.setSpacingBefore(4);
        title.setSpacingAfter(2);
        document.add(title);
        document.add(paragraph(picture.filter().describe(), 11.5f, true, Color.BLACK));
        Paragraph period = paragraph("Period: " + picture.filter().period(), BODY + 0.5f, false, Color.BLACK);
        period.setSpacingBefore(3);
        document.add(period);
        document.add(paragraph(generated, BODY - 0.5f, false, MUTED));
    }

    private void headline() throws DocumentException {
        RegionalPicture.Totals totals = picture.totals();
        PdfPTable cards = new PdfPTable(4);
        cards.setWidthPercentage(100);
        cards.setSpacingBefore(14);
        cards.setSpacingAfter(4);
        String addressedShare = totals.needsReported() == 0 ? "–" : totals.addressedPercent() + "%";
        cards.addCell(card(number(totals.countriesRated()), "countries rated"));
        cards.addCell(card(number(totals.needsReported()), "needs reported (level 3 or more)"));
        cards.addCell(card(addressedShare, number(totals.needsAddressed()) + " of " + number(totals.needsReported())
                + " needs addressed"));
        cards.addCell(card(number(totals.officersTrained()), "officers trained"));
        cards.addCell(card(number(totals.workshops()), "workshops held"));
        cards.addCell(card(number(totals.attempts()), "exercise attempts"));
        cards.addCell(card(number(totals.certificates()), "certificates issued"));
        cards.addCell(card(number(picture.themes().size()), "capacity themes tracked"));
        document.add(cards);
    }

    private PdfPCell card(String value, String label) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(2.5f);
        cell.setBackgroundColor(CARD_FILL);
        cell.setPadding(7);
        cell.setPaddingBottom(9);
        cell.setUseAscender(true);
        cell.addElement(paragraph(value, 17, true, ACCENT));
        cell.addElement(paragraph(label, SMALL + 0.5f, false, MUTED));
        return cell;
    }

    private void readingNote() throws DocumentException {
        Paragraph note = paragraph("Need levels run from 1 (capacity in place) to 5 (urgent need). A country's level on "
                + "a theme is the mean of its agencies' ratings in the latest round that rated it, up to the end of the "
                + "period. A need counts as reported at level 3 or more, and as addressed once training on the theme "
                + "(a workshop attended by the country's officers, or exercises on the theme's topics) reached the "
                + "country after it was reported. Activity figures count workshops, exercises and certificates within "
                + "the period.", BODY - 0.5f, false, MUTED);
        note.setSpacingBefore(6);
        note.setSpacingAfter(4);
        document.add(note);
    }

    private void figures() throws DocumentException {
        figure("1. Need levels by country and theme", NeedsCharts.heatMap(picture),
                picture.heat().isEmpty() ? "No country was rated on any theme up to the end of the period." : null);
        figure("2. Regional mean need level by round", NeedsCharts.trend(picture),
                picture.trend().isEmpty() ? "No assessment round up to the end of the period." : null);
        figure("3. Reported needs addressed by training", NeedsCharts.coverage(picture),
                picture.coverage().isEmpty() ? "No need of level 3 or more was reported." : null);
        figure("4. Officers trained per country and year", NeedsCharts.officersTrained(picture),
                picture.trained().isEmpty() ? "No officer was trained in the period." : null);
        figure("5. Most-missed red flags in exercises", NeedsCharts.missedFlags(picture, CHART_FLAGS),
                NeedsCharts.mostMissed(picture, CHART_FLAGS).isEmpty() ? "No red flag was missed in the period's exercises." : null);
    }

    /** A numbered figure: its heading and the chart kept on one page; the reason instead of an empty chart. */
    private void figure(String heading, JFreeChart chart, String emptyReason) throws DocumentException {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(12);
        PdfPCell title = borderless();
        title.addElement(paragraph(heading, 12, true, ACCENT));
        title.setPaddingBottom(4);
        block.addCell(title);
        if (emptyReason != null) {
            PdfPCell reason = borderless();
            reason.addElement(paragraph(NeedsCharts.NO_DATA + ". " + emptyReason, BODY, false, MUTED));
            block.addCell(reason);
        } else {
            block.addCell(chartCell(chart));
        }
        document.add(block);
    }

    private PdfPCell chartCell(JFreeChart chart) {
        chart.setTitle((String) null);
        return chartCell(chart, NeedsCharts.preferredHeight(chart));
    }

    private PdfPCell chartCell(JFreeChart chart, double preferredHeight) {
        double layoutHeight = Math.min(preferredHeight, MAX_FIGURE_HEIGHT * CHART_LAYOUT_WIDTH / CONTENT_WIDTH);
        Image image = PdfChart.image(writer.getDirectContent(), chart, CONTENT_WIDTH, CHART_LAYOUT_WIDTH, layoutHeight);
        PdfPCell cell = new PdfPCell(image, true);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private void tables() throws DocumentException {
        Paragraph heading = paragraph("6. The figures in tables", 12, true, ACCENT);
        heading.setSpacingBefore(14);
        document.add(heading);
        document.add(levelTable());
        document.add(coverageTable());
        document.add(officersTable());
        document.add(flagsTable());
    }

    private PdfPTable levelTable() throws DocumentException {
        List<Theme> themes = picture.themes();
        float[] widths = new float[themes.size() + 1];
        widths[0] = Math.max(2.2f, themes.size() * 0.3f);
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = titled("6.1 Need levels (mean of the agencies' ratings; – not rated)", widths, List.of());
        table.addCell(headerCell("Country"));
        themes.forEach(theme -> table.addCell(rotatedHeaderCell(theme.label())));
        table.setHeaderRows(2);
        for (CountryCode country : picture.countries()) {
            table.addCell(cell(country.displayName(), BODY - 0.5f, false, null));
            for (Theme theme : themes) {
                PdfPCell level = picture.cell(country, theme.code())
                        .map(cell -> levelCell(cell.level()))
                        .orElseGet(() -> centred(cell("–", BODY - 0.5f, false, null, MUTED)));
                table.addCell(level);
            }
        }
        return table;
    }

    private PdfPCell levelCell(double level) {
        Color text = NeedsCharts.darkLevel(level) ? Color.WHITE : Color.BLACK;
        return centred(cell(level(level), BODY - 0.5f, true, NeedsCharts.levelColour(level), text));
    }

    private PdfPTable coverageTable() throws DocumentException {
        PdfPTable table = titled("6.2 Reported needs and the training that reached them", new float[] {12, 23, 6, 21, 11, 27},
                List.of("Country", "Theme", "Level", "Reported in", "Addressed", "Training since"));
        if (picture.coverage().isEmpty()) {
            table.addCell(noRows(6, "No need of level 3 or more was reported."));
            return table;
        }
        Map<String, String> labels = themeLabels();
        List<String> order = picture.themes().stream().map(Theme::code).toList();
        List<RegionalPicture.Coverage> needs = picture.coverage().stream()
                .sorted(Comparator.comparing((RegionalPicture.Coverage c) -> c.country().displayName())
                        .thenComparingInt(c -> order.indexOf(c.themeCode())))
                .toList();
        for (RegionalPicture.Coverage need : needs) {
            table.addCell(cell(need.country().displayName(), BODY - 1, false, null));
            table.addCell(cell(labels.getOrDefault(need.themeCode(), need.themeCode()), BODY - 1, false, null));
            table.addCell(centred(cell(level(need.level()), BODY - 1, false, null)));
            PdfPCell reported = cell(need.roundTitle(), BODY - 1, false, null);
            if (need.reportedOn() != null) {
                reported.addElement(paragraph(SHORT_DAY.format(need.reportedOn()), SMALL, false, MUTED));
            }
            table.addCell(reported);
            table.addCell(cell(need.addressed() ? "Yes" : "No", BODY - 1, true, null,
                    need.addressed() ? NeedsCharts.ADDRESSED : ALERT));
            table.addCell(cell(need.trainingSince().isEmpty() ? "–" : String.join("; ", need.trainingSince()),
                    BODY - 1, false, null));
        }
        return table;
    }

    private PdfPTable officersTable() throws DocumentException {
        List<Integer> years = new ArrayList<>(picture.trained().stream().map(RegionalPicture.TrainedCount::year)
                .collect(Collectors.toCollection(TreeSet::new)));
        float[] widths = new float[years.size() + 1];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = titled("6.3 Officers trained per country and year (distinct officers in workshops or exercises)",
                widths.length == 1 ? new float[] {3, 4} : widths, List.of());
        table.addCell(headerCell("Country"));
        if (years.isEmpty()) {
            table.addCell(headerCell(""));
            table.setHeaderRows(2);
            table.addCell(noRows(2, "No officer was trained in the period."));
            return table;
        }
        years.forEach(year -> table.addCell(right(headerCell(String.valueOf(year)))));
        table.setHeaderRows(2);
        List<CountryCode> countries = picture.trained().stream().map(RegionalPicture.TrainedCount::country).distinct()
                .sorted(Comparator.comparing(CountryCode::displayName)).toList();
        for (CountryCode country : countries) {
            table.addCell(cell(country.displayName(), BODY - 0.5f, false, null));
            for (Integer year : years) {
                int officers = picture.trained().stream().filter(t -> t.country().equals(country) && t.year() == year)
                        .mapToInt(RegionalPicture.TrainedCount::officers).sum();
                table.addCell(right(cell(officers == 0 ? "–" : number(officers), BODY - 0.5f, false, null)));
            }
        }
        return table;
    }

    private PdfPTable flagsTable() throws DocumentException {
        PdfPTable table = titled("6.4 Most-missed red flags in exercises", new float[] {13, 22, 43, 11, 9},
                List.of("Country", "Scenario", "Red flag", "Missed", "Share"));
        List<RegionalPicture.MissedFlag> flags = NeedsCharts.mostMissed(picture, TABLE_FLAGS);
        if (flags.isEmpty()) {
            table.addCell(noRows(5, "No red flag was missed in the period's exercises."));
            return table;
        }
        for (RegionalPicture.MissedFlag flag : flags) {
            table.addCell(cell(flag.country().displayName(), BODY - 1, false, null));
            table.addCell(cell(flag.scenarioTitle(), BODY - 1, false, null));
            table.addCell(cell(flag.flagText(), BODY - 1, false, null));
            table.addCell(right(cell(flag.missed() + " of " + flag.attempts(), BODY - 1, false, null)));
            table.addCell(right(cell(flag.missedPercent() + "%", BODY - 1, true, null)));
        }
        return table;
    }

    private void country(CountryProfile profile) throws DocumentException {
        document.add(paragraph("COUNTRY PROFILE", SMALL, true, MUTED));
        Paragraph name = paragraph(profile.countryName(), 17, true, ACCENT);
        name.setSpacingAfter(1);
        document.add(name);
        if (profile.subRegion() != null) {
            document.add(paragraph(profile.subRegion(), BODY, false, MUTED));
        }
        if (profile.needs().size() > 1) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setSpacingBefore(8);
            block.setKeepTogether(true);
            JFreeChart chart = NeedsCharts.countryNeeds(profile);
            chart.setTitle((String) null);
            block.addCell(chartCell(chart, COUNTRY_CHART_HEIGHT));
            document.add(block);
        }

        CountryProfile.RoundNeeds latest = profile.needs().stream()
                .max(Comparator.comparing(CountryProfile.RoundNeeds::roundDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(CountryProfile.RoundNeeds::roundId))
                .orElse(null);
        if (latest == null) {
            document.add(note("Needs in the latest round", "The country has not been rated yet."));
        } else {
            document.add(needsTable(latest));
        }
        document.add(workshopsTable(profile.workshops()));
        document.add(officersByAgency(profile.officersTrained()));
        document.add(actionsTable(profile.openActions()));
        PdfPTable certificates = titled("Certificates", new float[] {1}, List.of());
        certificates.addCell(plain(paragraph(certificates(profile.certificates()), BODY, false, Color.BLACK)));
        document.add(certificates);
        document.add(recommendations(profile.recommendations()));
    }

    private PdfPTable workshopsTable(List<CountryProfile.WorkshopAttended> workshops) throws DocumentException {
        if (workshops.isEmpty()) {
            return note("Workshops attended", "No workshop attended.");
        }
        PdfPTable table = titled("Workshops attended", new float[] {40, 20, 28, 10}, List.of("Workshop", "Dates", "Venue", "Officers"));
        for (CountryProfile.WorkshopAttended workshop : workshops) {
            PdfPCell title = cell(workshop.title(), BODY - 1, true, null);
            if (!workshop.themes().isEmpty()) {
                title.addElement(paragraph(String.join("; ", workshop.themes()), SMALL, false, MUTED));
            }
            table.addCell(title);
            table.addCell(cell(dates(workshop.startDate(), workshop.endDate()), BODY - 1, false, null));
            table.addCell(cell(Objects.toString(workshop.venue(), ""), BODY - 1, false, null));
            table.addCell(right(cell(number(workshop.officers()), BODY - 1, false, null)));
        }
        return table;
    }

    private PdfPTable officersByAgency(List<CountryProfile.AgencyTrained> agencies) throws DocumentException {
        if (agencies.isEmpty()) {
            return note("Officers trained, by agency", "No officer trained.");
        }
        PdfPTable table = titled("Officers trained, by agency", new float[] {52, 16, 16, 16},
                List.of("Agency", "In workshops", "In exercises", "Officers"));
        for (CountryProfile.AgencyTrained agency : agencies) {
            table.addCell(cell(agency.agency(), BODY - 1, false, null));
            table.addCell(right(cell(number(agency.inWorkshops()), BODY - 1, false, null)));
            table.addCell(right(cell(number(agency.inExercises()), BODY - 1, false, null)));
            table.addCell(right(cell(number(agency.officers()), BODY - 1, true, null)));
        }
        return table;
    }

    private PdfPTable actionsTable(List<CountryProfile.ActionItem> actions) throws DocumentException {
        if (actions.isEmpty()) {
            return note("Open action items", "No open action items.");
        }
        PdfPTable table = titled("Open action items", new float[] {40, 20, 18, 12, 10}, List.of("Action", "Theme", "Owner", "Due", "Status"));
        for (CountryProfile.ActionItem action : actions) {
            PdfPCell text = cell(action.text(), BODY - 1, false, null);
            text.addElement(paragraph("From: " + action.eventTitle(), SMALL, false, MUTED));
            table.addCell(text);
            table.addCell(cell(Objects.toString(action.themeLabel(), "–"), BODY - 1, false, null));
            table.addCell(cell(Objects.toString(action.owner(), "–"), BODY - 1, false, null));
            String due = action.dueDate() == null ? "–" : SHORT_DAY.format(action.dueDate());
            table.addCell(cell(action.overdue() ? due + " (overdue)" : due, BODY - 1, action.overdue(), null,
                    action.overdue() ? ALERT : Color.BLACK));
            table.addCell(cell(Objects.toString(action.status(), ""), BODY - 1, false, null));
        }
        return table;
    }

    /** Each recommended topic with its level, and its reasons as bullets, highest priority first. */
    private PdfPTable recommendations(List<Recommendation> recommendations) throws DocumentException {
        String heading = "Recommended topics for the next workshop";
        if (recommendations.isEmpty()) {
            return note(heading, "No recommendation: no open need of level 3 or more.");
        }
        PdfPTable table = titled(heading, new float[] {1}, List.of());
        int rank = 0;
        for (Recommendation recommendation : recommendations.stream()
                .sorted(Comparator.comparingDouble(Recommendation::priority).reversed()).toList()) {
            rank++;
            PdfPCell cell = plain(paragraph(rank + ". " + recommendation.themeLabel() + " — level "
                    + level(recommendation.level()), BODY + 0.5f, true, Color.BLACK));
            for (String reason : recommendation.reasons()) {
                Paragraph bullet = paragraph("• " + reason, BODY, false, Color.BLACK);
                bullet.setIndentationLeft(20);
                bullet.setFirstLineIndent(-8);
                cell.addElement(bullet);
            }
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPTable needsTable(CountryProfile.RoundNeeds round) throws DocumentException {
        PdfPTable table = titled("Needs in the latest round: " + round.roundTitle()
                        + (round.roundDate() == null ? "" : " (" + DAY.format(round.roundDate()) + ")"),
                new float[] {30, 8, 62}, List.of("Theme", "Level", "Agencies' ratings and comments"));
        List<CountryProfile.ThemeNeed> needs = round.themes().stream()
                .sorted(Comparator.comparingDouble(CountryProfile.ThemeNeed::level).reversed())
                .toList();
        for (CountryProfile.ThemeNeed need : needs) {
            table.addCell(cell(need.themeLabel(), BODY - 1, false, null));
            table.addCell(levelCell(need.level()));
            PdfPCell ratings = PdfCells.composite(null);
            if (need.ratings().isEmpty()) {
                ratings.addElement(paragraph("–", BODY - 1, false, MUTED));
            }
            for (CountryProfile.AgencyRating rating : need.ratings()) {
                String comment = rating.comment() == null || rating.comment().isBlank() ? "" : " — " + rating.comment().strip();
                ratings.addElement(paragraph(rating.agency() + ": " + rating.level() + comment, BODY - 1, false, Color.BLACK));
            }
            table.addCell(ratings);
        }
        return table;
    }

    private static String certificates(CountryProfile.Certificates certificates) {
        if (certificates == null || certificates.total() == 0) {
            return "No certificates issued.";
        }
        String kinds = certificates.byKind() == null ? "" : certificates.byKind().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> humanise(entry.getKey()) + " " + number(entry.getValue()))
                .collect(Collectors.joining(", "));
        return number(certificates.total()) + (certificates.total() == 1 ? " certificate" : " certificates") + " issued"
                + (kinds.isEmpty() ? "." : ": " + kinds + ".");
    }

    /** "WORKSHOP_ATTENDANCE" as "Workshop attendance"; other text as it is. */
    static String humanise(String kind) {
        if (kind == null || !kind.matches("[A-Z0-9_]+")) {
            return Objects.toString(kind, "");
        }
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Map<String, String> themeLabels() {
        return picture.themes().stream().collect(Collectors.toMap(Theme::code, Theme::label, (a, b) -> a));
    }

    /**
     * A table under a heading that is its first header row: the heading never stays behind at the foot of a page,
     * and it comes back, with the column headers, above the rest of a table that runs over to the next page.
     */
    private PdfPTable titled(String heading, float[] widths, List<String> headers) throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        PdfPCell title = borderless();
        title.setColspan(widths.length);
        title.setPaddingBottom(5);
        title.addElement(paragraph(heading, 10.5f, true, Color.BLACK));
        table.addCell(title);
        headers.forEach(header -> table.addCell(headerCell(header)));
        table.setHeaderRows(headers.isEmpty() ? 1 : 2);
        return table;
    }

    /** A heading with a line of text under it, for a part of the report that has nothing to show. */
    private PdfPTable note(String heading, String text) throws DocumentException {
        PdfPTable table = titled(heading, new float[] {1}, List.of());
        table.addCell(plain(paragraph(text, BODY, false, MUTED)));
        return table;
    }

    private static PdfPCell plain(Paragraph paragraph) {
        PdfPCell cell = borderless();
        cell.setUseAscender(true);
        cell.addElement(paragraph);
        return cell;
    }

    private Paragraph paragraph(String text, float size, boolean bold, Color color) {
        return new Paragraph(fonts.phrase(text, size, bold, color));
    }

    private PdfPCell cell(String text, float size, boolean bold, Color fill) {
        return cell(text, size, bold, fill, Color.BLACK);
    }

    private PdfPCell cell(String text, float size, boolean bold, Color fill, Color colour) {
        PdfPCell cell = PdfCells.composite(fill);
        cell.addElement(paragraph(text, size, bold, colour));
        return cell;
    }

    private PdfPCell headerCell(String text) {
        return cell(text, SMALL, true, HEADER_FILL);
    }

    /** A column header read bottom to top, so that long theme names fit over narrow columns without breaking words. */
    private PdfPCell rotatedHeaderCell(String text) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text, SMALL - 0.5f, true, Color.BLACK));
        cell.setRotation(90);
        cell.setFixedHeight(74);
        cell.setPadding(3.5f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private PdfPCell noRows(int columns, String text) {
        PdfPCell cell = cell(text, BODY - 1, false, null, MUTED);
        cell.setColspan(columns);
        return cell;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** Composite cells ignore the cell's alignment; their paragraphs carry it. */
    private static PdfPCell centred(PdfPCell cell) {
        return aligned(cell, Element.ALIGN_CENTER);
    }

    private static PdfPCell right(PdfPCell cell) {
        return aligned(cell, Element.ALIGN_RIGHT);
    }

    private static PdfPCell aligned(PdfPCell cell, int alignment) {
        cell.getCompositeElements().forEach(element -> {
            if (element instanceof Paragraph paragraph) {
                paragraph.setAlignment(alignment);
            }
        });
        return cell;
    }

    private static String level(double level) {
        return String.format(Locale.ROOT, "%.1f", level);
    }

    private static String number(int value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    private static String dates(LocalDate start, LocalDate end) {
        if (start == null) {
            return "";
        }
        return end == null || end.equals(start) ? SHORT_DAY.format(start) : SHORT_DAY.format(start) + " – " + SHORT_DAY.format(end);
    }

    /** Cells as the workshop documents draw them: thin grey rules, room around the text. */
    private static final class PdfCells {

        static PdfPCell composite(Color fill) {
            PdfPCell cell = new PdfPCell();
            cell.setPadding(3.5f);
            cell.setPaddingBottom(5);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setUseAscender(true);
            if (fill != null) {
                cell.setBackgroundColor(fill);
            }
            return cell;
        }
    }

    /** Stamps "Page n of m" and the given text on every page, once the number of pages is known. */
    private static byte[] withFooter(byte[] pdf, String left) {
        return PdfFooter.stamp(pdf, left.length() > 115 ? left.substring(0, 114).strip() + "…" : left, MARGIN, true);
    }
}
