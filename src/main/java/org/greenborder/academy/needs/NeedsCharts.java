package org.greenborder.academy.needs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.CountryCode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * The capacity-needs charts, built once from the dashboard's records and drawn by whoever needs them: the dashboard
 * as SVG ({@link ChartSvg}), the regional report as vector graphics on its pages. Each chart comes with a default
 * title, which the caller may replace ({@code chart.setTitle(...)}) or remove ({@code chart.setTitle((String) null)}).
 * Empty data gives a chart that says "No data for this filter", never an exception.
 *
 * <p>Labels are English and country names only: the charts use DejaVu Sans (see {@link ChartFonts}), which covers
 * Latin, Vietnamese and the other scripts of UN country names, but not Lao or Thai.
 */
public final class NeedsCharts {

    public static final String NO_DATA = "No data for this filter";

    /** Need levels 1 to 5, pale yellow to deep red (ColorBrewer YlOrRd), readable when printed in grey too. */
    static final Color[] LEVEL_COLOURS = {
            new Color(0xFF, 0xFF, 0xCC), new Color(0xFE, 0xD9, 0x76), new Color(0xFD, 0x8D, 0x3C),
            new Color(0xE3, 0x1A, 0x1C), new Color(0x80, 0x00, 0x26)};

    /** Tableau 10: distinct for the eight to ten themes a trend shows, and still apart for colour-blind readers. */
    private static final Color[] SERIES = {
            new Color(0x4E, 0x79, 0xA7), new Color(0xF2, 0x8E, 0x2B), new Color(0xE1, 0x57, 0x59),
            new Color(0x76, 0xB7, 0xB2), new Color(0x59, 0xA1, 0x4F), new Color(0xED, 0xC9, 0x48),
            new Color(0xB0, 0x7A, 0xA1), new Color(0xFF, 0x9D, 0xA7), new Color(0x9C, 0x75, 0x5F),
            new Color(0xBA, 0xB0, 0xAC)};

    static final Color ADDRESSED = new Color(0x2E, 0x7D, 0x32);
    static final Color NOT_ADDRESSED = new Color(0xEF, 0x8A, 0x1F);
    private static final Color MISSED = new Color(0xC6, 0x28, 0x28);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color NOT_RATED = new Color(0xF0, 0xF0, 0xF0);

    /** Longest theme label on an axis or in a legend; longer ones are shortened at a word. */
    static final int THEME_LABEL_MAX = 40;
    private static final int COUNTRY_LABEL_MAX = 28;
    private static final int FLAG_LABEL_MAX = 80;
    private static final Set<String> LEADING_FILLER = Set.of("the", "a", "an");
    private static final Set<String> DANGLING = Set.of("of", "and", "&", "the", "for", "to", "in", "on", "at", "by",
            "with", "a", "an", "their", "its", "–", "-");

    private static final StandardChartTheme THEME = theme();

    static {
        // JFreeChart draws rotated labels (the heat map's themes) through a TextLayout by default, a workaround for
        // a JDK 1.3 bug, which turns them into glyph outlines in SVG and PDF: not searchable, not copyable, and bulky.
        // Plain drawString under a rotation is exact on current JDKs. JVM-wide, and these are the application's only charts.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private NeedsCharts() {
    }

    /**
     * Countries (rows, in the picture's order) by themes (columns): each rated cell coloured by its level and labelled
     * with it; cells never rated stay blank.
     */
    public static JFreeChart heatMap(RegionalPicture p) {
        List<Theme> themes = p.themes();
        List<CountryCode> countries = p.countries();
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        List<double[]> cells = new ArrayList<>();
        boolean rated = false;
        for (int row = 0; row < countries.size(); row++) {
            for (int column = 0; column < themes.size(); column++) {
                double level = p.cell(countries.get(row), themes.get(column).code())
                        .map(RegionalPicture.HeatCell::level).orElse(Double.NaN);
                rated |= !Double.isNaN(level);
                cells.add(new double[] {column, row, level});
            }
        }
        // Unrated cells are drawn too (light grey), so the grid reads as a table; with no rating at all, no data.
        if (rated) {
            double[][] data = new double[3][cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                data[0][i] = cells.get(i)[0];
                data[1][i] = cells.get(i)[1];
                data[2][i] = cells.get(i)[2];
            }
            dataset.addSeries("Need level", data);
        }

        SymbolAxis themeAxis = new SymbolAxis(null, themes.stream().map(t -> shortThemeLabel(t.label())).toArray(String[]::new));
        themeAxis.setVerticalTickLabels(true);
        SymbolAxis countryAxis = new SymbolAxis(null, countries.stream().map(c -> countryLabel(c.displayName())).toArray(String[]::new));
        countryAxis.setInverted(true);
        for (SymbolAxis axis : List.of(themeAxis, countryAxis)) {
            axis.setGridBandsVisible(false);
            axis.setTickMarksVisible(false);
            axis.setAxisLineVisible(false);
            axis.setAutoRange(false);
        }
        themeAxis.setRange(-0.5, Math.max(themes.size(), 1) - 0.5);
        countryAxis.setRange(-0.5, Math.max(countries.size(), 1) - 0.5);

        LevelPaintScale scale = new LevelPaintScale();
        LevelBlockRenderer renderer = new LevelBlockRenderer(dataset, scale);
        XYPlot plot = new XYPlot(dataset, themeAxis, countryAxis, renderer);
        plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = chart("Need levels by country and theme", plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        themeAxis.setTickLabelFont(ChartFonts.plain(8.5f));
        renderer.setDefaultItemLabelFont(ChartFonts.bold(9f));

        NumberAxis legendAxis = new NumberAxis("Need level");
        legendAxis.setRange(1, 5);
        legendAxis.setTickUnit(new NumberTickUnit(1, integerFormat()));
        legendAxis.setTickLabelFont(ChartFonts.plain(8.5f));
        legendAxis.setLabelFont(ChartFonts.plain(9f));
        legendAxis.setTickLabelPaint(TEXT);
        legendAxis.setLabelPaint(TEXT);
        legendAxis.setAxisLineVisible(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(10);
        legend.setSubdivisionCount(64);
        legend.setAxisOffset(4);
        legend.setStripOutlineVisible(false);
        legend.setMargin(new RectangleInsets(8, 12, 8, 4));
        legend.setBackgroundPaint(Color.WHITE);
        if (rated) {
            chart.addSubtitle(legend);
            chart.addSubtitle(note("Grey: not rated in any round up to the end of the period."));
        }
        return chart;
    }

    /** The regional mean level of each theme, one line per theme, over the rounds in date order. */
    public static JFreeChart trend(RegionalPicture p) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<RegionalPicture.RoundTrend> rounds = p.trend().stream()
                .sorted(Comparator.comparing(RegionalPicture.RoundTrend::roundDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(RegionalPicture.RoundTrend::roundId))
                .toList();
        Map<String, Key> themeKeys = themeKeys(p.themes(), rounds.stream()
                .flatMap(round -> round.levels().stream().map(RegionalPicture.ThemeLevel::themeCode)).toList());
        for (int i = 0; i < rounds.size(); i++) {
            RegionalPicture.RoundTrend round = rounds.get(i);
            Key roundKey = new Key(i, shorten(round.roundTitle(), 28));
            for (Key themeKey : themeKeys.values()) {
                dataset.addValue(null, themeKey, roundKey);
            }
            for (RegionalPicture.ThemeLevel level : round.levels()) {
                dataset.setValue(level.level(), themeKeys.get(level.themeCode()), roundKey);
            }
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), levelAxis("Mean need level"),
                new LineAndShapeRenderer(true, true));
        JFreeChart chart = chart("Regional mean need level by round", plot, true);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int series = 0; series < dataset.getRowCount(); series++) {
            renderer.setSeriesPaint(series, SERIES[series % SERIES.length]);
        }
        plot.setDomainGridlinesVisible(false);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryMargin(0.05);
        return chart;
    }

    /** Per country, its reported needs (level 3 or more) that training has reached since, and those it has not. */
    public static JFreeChart coverage(RegionalPicture p) {
        Map<CountryCode, int[]> counts = new LinkedHashMap<>();
        p.countries().forEach(country -> counts.put(country, new int[2]));
        for (RegionalPicture.Coverage need : p.coverage()) {
            counts.computeIfAbsent(need.country(), country -> new int[2])[need.addressed() ? 0 : 1]++;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int index = 0;
        for (Map.Entry<CountryCode, int[]> entry : counts.entrySet()) {
            int[] count = entry.getValue();
            if (count[0] + count[1] == 0) {
                continue;
            }
            Key country = new Key(index++, countryLabel(entry.getKey().displayName()));
            dataset.addValue(count[0] == 0 ? null : count[0], "Addressed", country);
            dataset.addValue(count[1] == 0 ? null : count[1], "Not yet addressed", country);
        }
        NumberAxis countAxis = countAxis("Reported needs (level 3 or more)",
                counts.values().stream().mapToInt(count -> count[0] + count[1]).max().orElse(0));
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), countAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = chart("Reported needs addressed by training", plot, true);
        renderer.setSeriesPaint(0, ADDRESSED);
        renderer.setSeriesPaint(1, NOT_ADDRESSED);
        renderer.setMaximumBarWidth(0.09);
        labelsInside(renderer);
        plot.getDomainAxis().setCategoryMargin(0.35);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    /**
     * Officers trained per country, one bar per year, lighter for earlier years. Grouped rather than stacked: a
     * person trained in two years counts in both, so a stacked total would overstate the people reached.
     */
    public static JFreeChart officersTrained(RegionalPicture p) {
        Set<Integer> years = p.trained().stream().map(RegionalPicture.TrainedCount::year)
                .collect(Collectors.toCollection(TreeSet::new));
        List<CountryCode> countries = new ArrayList<>(p.countries());
        p.trained().stream().map(RegionalPicture.TrainedCount::country).distinct()
                .filter(country -> !countries.contains(country)).sorted(Comparator.comparing(CountryCode::displayName))
                .forEach(countries::add);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int index = 0;
        for (CountryCode country : countries) {
            List<RegionalPicture.TrainedCount> counts = p.trained().stream().filter(t -> t.country().equals(country)).toList();
            if (counts.stream().allMatch(t -> t.officers() == 0)) {
                continue;
            }
            Key key = new Key(index++, countryLabel(country.displayName()));
            for (Integer year : years) {
                int officers = counts.stream().filter(t -> t.year() == year).mapToInt(RegionalPicture.TrainedCount::officers).sum();
                dataset.addValue(officers, String.valueOf(year), key);
            }
        }
        NumberAxis officersAxis = countAxis("Officers trained",
                p.trained().stream().mapToInt(RegionalPicture.TrainedCount::officers).max().orElse(0));
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), officersAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = chart("Officers trained per country and year", plot, true);
        List<Color> shades = shades(new Color(0xC6, 0xDB, 0xEF), new Color(0x08, 0x45, 0x94), dataset.getRowCount());
        for (int series = 0; series < shades.size(); series++) {
            renderer.setSeriesPaint(series, shades.get(series));
        }
        renderer.setItemMargin(0.02);
        renderer.setMaximumBarWidth(0.05);
        plot.getDomainAxis().setCategoryMargin(0.25);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    /** The red flags missed most often, by share of attempts, labelled with the country and the (shortened) flag. */
    public static JFreeChart missedFlags(RegionalPicture p, int limit) {
        List<RegionalPicture.MissedFlag> flags = mostMissed(p, limit);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < flags.size(); i++) {
            RegionalPicture.MissedFlag flag = flags.get(i);
            dataset.addValue(flag.missedPercent(), "Missed",
                    new Key(i, countryLabel(flag.country().displayName()) + " – " + shorten(flag.flagText(), FLAG_LABEL_MAX)));
        }
        NumberAxis percentAxis = new NumberAxis("Missed, % of attempts");
        // Room after 100% for the longest bar's label, without a tick there.
        percentAxis.setRange(0, 124.9);
        percentAxis.setTickUnit(new NumberTickUnit(25, integerFormat()));
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), percentAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = chart("Most-missed red flags", plot, false);
        renderer.setSeriesPaint(0, MISSED);
        renderer.setMaximumBarWidth(0.06);
        renderer.setDefaultItemLabelGenerator(new MissedLabels(flags));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(8.5f));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryAxis flagAxis = plot.getDomainAxis();
        flagAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        flagAxis.setMaximumCategoryLabelLines(2);
        flagAxis.setCategoryMargin(0.3);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    /** The country's level on each theme, one bar per round (later rounds darker), so change shows at a glance. */
    public static JFreeChart countryNeeds(CountryProfile c) {
        List<CountryProfile.RoundNeeds> rounds = c.needs().stream()
                .sorted(Comparator.comparing(CountryProfile.RoundNeeds::roundDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(CountryProfile.RoundNeeds::roundId))
                .toList();
        Map<String, String> themeLabels = new LinkedHashMap<>();
        rounds.forEach(round -> round.themes().forEach(t -> themeLabels.putIfAbsent(t.themeCode(), t.themeLabel())));
        Map<String, Key> themeKeys = new LinkedHashMap<>();
        themeLabels.forEach((code, label) -> themeKeys.put(code, new Key(themeKeys.size(), shorten(label, 60))));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < rounds.size(); i++) {
            CountryProfile.RoundNeeds round = rounds.get(i);
            Key roundKey = new Key(i, shorten(round.roundTitle(), 40));
            for (Key themeKey : themeKeys.values()) {
                dataset.addValue(null, roundKey, themeKey);
            }
            for (CountryProfile.ThemeNeed need : round.themes()) {
                dataset.setValue(need.level(), roundKey, themeKeys.get(need.themeCode()));
            }
        }
        NumberAxis levelAxis = levelAxis("Need level");
        levelAxis.setRange(0, 5.4);
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), levelAxis, renderer);
        JFreeChart chart = chart(c.countryName() + ": need levels by round", plot, true);
        List<Color> shades = shades(new Color(0xBD, 0xD7, 0xBF), new Color(0x1B, 0x5E, 0x20), dataset.getRowCount());
        for (int series = 0; series < shades.size(); series++) {
            renderer.setSeriesPaint(series, shades.get(series));
        }
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", levelFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(7.5f));
        renderer.setDefaultItemLabelPaint(TEXT);
        CategoryAxis themeAxis = plot.getDomainAxis();
        themeAxis.setMaximumCategoryLabelLines(3);
        themeAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        themeAxis.setCategoryMargin(0.2);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    /**
     * A height (in the same units as the width the chart will be drawn at, about 600 to 800) at which the chart's rows
     * are neither cramped nor sparse: charts with a row per country or flag grow with their rows.
     */
    public static int preferredHeight(JFreeChart chart) {
        int chrome = (chart.getTitle() == null ? 0 : 30) + (chart.getLegend() == null ? 0 : 34);
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy && xy.getRangeAxis() instanceof SymbolAxis rows
                && xy.getDomainAxis() instanceof SymbolAxis columns) {
            int labels = Arrays.stream(columns.getSymbols()).mapToInt(String::length).max().orElse(0);
            return clamp(chrome + 30 + labels * 6 + rows.getSymbols().length * 28, 220, 1600);
        }
        if (plot instanceof CategoryPlot category && category.getOrientation() == PlotOrientation.HORIZONTAL) {
            int rows = category.getDataset() == null ? 0 : category.getDataset().getColumnCount();
            int series = category.getDataset() == null ? 1 : category.getDataset().getRowCount();
            boolean stacked = category.getRenderer() instanceof StackedBarRenderer;
            int perRow = stacked || series <= 1 ? 30 : Math.max(30, series * 6 + 14);
            return clamp(chrome + 60 + rows * perRow, 220, 1600);
        }
        return 340 + chrome / 2;
    }

    /** The flags to show: missed at least once, the highest share of attempts first, then the most misses. */
    static List<RegionalPicture.MissedFlag> mostMissed(RegionalPicture p, int limit) {
        return p.missedFlags().stream()
                .filter(flag -> flag.missed() > 0)
                .sorted(Comparator.comparingInt(RegionalPicture.MissedFlag::missedPercent).reversed()
                        .thenComparing(Comparator.comparingInt(RegionalPicture.MissedFlag::missed).reversed())
                        .thenComparing(flag -> flag.country().displayName())
                        .thenComparing(RegionalPicture.MissedFlag::flagText))
                .limit(Math.max(0, limit))
                .toList();
    }

    /**
     * A theme label short enough for an axis or a legend: "and" becomes "&", a leading article goes, and what is
     * still too long is cut at a word with an ellipsis.
     */
    public static String shortThemeLabel(String label) {
        if (label == null) {
            return "";
        }
        String text = label.strip().replaceAll("\\s+", " ");
        if (text.length() <= THEME_LABEL_MAX) {
            return text;
        }
        text = text.replace(" and ", " & ");
        String[] words = text.split(" ", 2);
        if (words.length == 2 && LEADING_FILLER.contains(words[0].toLowerCase(Locale.ROOT))) {
            text = Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1);
        }
        return shorten(text, THEME_LABEL_MAX);
    }

    /** The text cut at the last word that fits in {@code max} characters, with an ellipsis when it was cut. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= max) {
            return clean;
        }
        String cut = clean.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
            // "Sampling of…" reads worse than "Sampling…".
            for (int last = cut.lastIndexOf(' '); last > max / 2
                    && DANGLING.contains(cut.substring(last + 1).toLowerCase(Locale.ROOT)); last = cut.lastIndexOf(' ')) {
                cut = cut.substring(0, last);
            }
        }
        return cut.replaceAll("[\\s,;:.&–-]+$", "") + "…";
    }

    private static String countryLabel(String name) {
        return shorten(name, COUNTRY_LABEL_MAX);
    }

    private static Map<String, Key> themeKeys(List<Theme> themes, List<String> codesInData) {
        Map<String, Key> keys = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        themes.forEach(theme -> labels.put(theme.code(), theme.label()));
        codesInData.forEach(code -> labels.putIfAbsent(code, code));
        Set<String> present = Set.copyOf(codesInData);
        labels.forEach((code, label) -> {
            if (present.contains(code)) {
                keys.put(code, new Key(keys.size(), shortThemeLabel(label)));
            }
        });
        return keys;
    }

    private static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(13f), plot, legend);
        THEME.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        chart.setTextAntiAlias(true);
        TextTitle textTitle = chart.getTitle();
        textTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        textTitle.setMargin(new RectangleInsets(2, 4, 8, 4));
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(ChartFonts.plain(11f));
        plot.setNoDataMessagePaint(new Color(0x77, 0x77, 0x77));
        plot.setOutlineVisible(false);
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setMargin(new RectangleInsets(8, 0, 0, 0));
        }
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlineStroke(new BasicStroke(0.6f));
            category.getRangeAxis().setAxisLineVisible(false);
            category.getDomainAxis().setTickMarksVisible(false);
            category.getDomainAxis().setAxisLinePaint(new Color(0x99, 0x99, 0x99));
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Green Border Academy");
        theme.setExtraLargeFont(ChartFonts.bold(13f));
        theme.setLargeFont(ChartFonts.plain(10f));
        theme.setRegularFont(ChartFonts.plain(9f));
        theme.setSmallFont(ChartFonts.plain(8f));
        theme.setTitlePaint(new Color(0x22, 0x22, 0x22));
        theme.setSubtitlePaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES, SERIES,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    /** A count axis from zero with five to eight whole-number ticks, however large the counts. */
    private static NumberAxis countAxis(String label, int max) {
        NumberAxis axis = new NumberAxis(label);
        int unit = 1;
        for (int step = 0; max / (double) unit > 8; step++) {
            unit = new int[] {2, 5, 10}[step % 3] * (int) Math.pow(10, step / 3);
        }
        axis.setRange(0, Math.max(1, max) * 1.05);
        axis.setTickUnit(new NumberTickUnit(unit, integerFormat()));
        return axis;
    }

    private static TextTitle note(String text) {
        TextTitle note = new TextTitle(text, ChartFonts.plain(8f));
        note.setPaint(new Color(0x66, 0x66, 0x66));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setMargin(new RectangleInsets(6, 4, 0, 0));
        return note;
    }

    private static NumberAxis levelAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0.8, 5.2);
        axis.setTickUnit(new NumberTickUnit(1, integerFormat()));
        return axis;
    }

    private static void labelsInside(BarRenderer renderer) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", integerFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.bold(8.5f));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    }

    /** {@code count} colours from {@code from} to {@code to}; one colour is {@code to}. */
    private static List<Color> shades(Color from, Color to, int count) {
        List<Color> shades = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shades.add(count == 1 ? to : mix(from, to, i / (double) (count - 1)));
        }
        return shades;
    }

    static Color mix(Color from, Color to, double share) {
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    /** The colour of a need level on the continuous 1–5 scale, as the heat map and the report's table draw it. */
    public static Color levelColour(double level) {
        if (Double.isNaN(level)) {
            return NOT_RATED;
        }
        double position = Math.min(4, Math.max(0, level - 1));
        int lower = (int) Math.floor(position);
        if (lower >= LEVEL_COLOURS.length - 1) {
            return LEVEL_COLOURS[LEVEL_COLOURS.length - 1];
        }
        return mix(LEVEL_COLOURS[lower], LEVEL_COLOURS[lower + 1], position - lower);
    }

    /** Whether text on a cell of that level should be white to stay readable. */
    public static boolean darkLevel(double level) {
        return level >= 3.6;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static DecimalFormat integerFormat() {
        return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    private static DecimalFormat levelFormat() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /**
     * A row or series key: the text shown, made unique by its position, so two rounds or flags with the same text
     * stay two bars, and ordered by position rather than alphabetically.
     */
    record Key(int position, String text) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return Integer.compare(position, other.position);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The need scale from 1 to 5, interpolated between the five level colours. */
    static final class LevelPaintScale implements PaintScale, PublicCloneable {

        @Override
        public double getLowerBound() {
            return 1;
        }

        @Override
        public double getUpperBound() {
            return 5;
        }

        @Override
        public Paint getPaint(double value) {
            return levelColour(value);
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            return super.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LevelPaintScale;
        }

        @Override
        public int hashCode() {
            return LevelPaintScale.class.hashCode();
        }
    }

    /** Heat-map cells with a white gap between them and the level written in, white on the dark cells. */
    static final class LevelBlockRenderer extends XYBlockRenderer {

        private final transient XYZDataset levels;

        LevelBlockRenderer(XYZDataset levels, PaintScale scale) {
            this.levels = levels;
            setPaintScale(scale);
            setBlockWidth(0.94);
            setBlockHeight(0.86);
            Function<Double, String> format = level -> levelFormat().format(level);
            setDefaultItemLabelGenerator((dataset, series, item) -> {
                double level = ((XYZDataset) dataset).getZValue(series, item);
                return Double.isNaN(level) ? null : format.apply(level);
            });
            setDefaultItemLabelsVisible(true);
            ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
            setDefaultPositiveItemLabelPosition(centre);
            setDefaultNegativeItemLabelPosition(centre);
            setItemLabelAnchorOffset(0);
        }

        @Override
        public Paint getItemLabelPaint(int series, int item) {
            return darkLevel(levels.getZValue(series, item)) ? Color.WHITE : TEXT;
        }
    }

    /** "63% (5 of 8)" at the end of each missed-flag bar. */
    private record MissedLabels(List<RegionalPicture.MissedFlag> flags)
            implements org.jfree.chart.labels.CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(org.jfree.data.category.CategoryDataset dataset, int row) {
            return null;
        }

        @Override
        public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
            return null;
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Key key = (Key) dataset.getColumnKey(column);
            RegionalPicture.MissedFlag flag = flags.get(key.position());
            return flag.missedPercent() + "% (" + flag.missed() + " of " + flag.attempts() + ")";
        }
    }
}
