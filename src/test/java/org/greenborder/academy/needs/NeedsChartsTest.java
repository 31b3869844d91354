package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts build and draw for real and for empty data, and come out as well-formed, standalone SVG. */
class NeedsChartsTest {

    private static final Map<String, Function<RegionalPicture, JFreeChart>> REGIONAL = Map.of(
            "heatMap", NeedsCharts::heatMap,
            "trend", NeedsCharts::trend,
            "coverage", NeedsCharts::coverage,
            "officersTrained", NeedsCharts::officersTrained,
            "missedFlags", picture -> NeedsCharts.missedFlags(picture, 10));

    @ParameterizedTest
    @ValueSource(strings = {"heatMap", "trend", "coverage", "officersTrained", "missedFlags"})
    void everyRegionalChartDrawsRealData(String name) throws Exception {
        for (RegionalPicture picture : List.of(NeedsSamples.small(), NeedsSamples.regional())) {
            JFreeChart chart = REGIONAL.get(name).apply(picture);
            String svg = ChartSvg.svg(chart, 720, NeedsCharts.preferredHeight(chart));
            assertThat(parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(svg).as(name).doesNotContain(NeedsCharts.NO_DATA);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"heatMap", "trend", "coverage", "officersTrained", "missedFlags"})
    void everyRegionalChartSaysWhenThereIsNoData(String name) throws Exception {
        JFreeChart chart = REGIONAL.get(name).apply(NeedsSamples.empty());
        String svg = ChartSvg.svg(chart, 640, 400);
        parse(svg);
        assertThat(svg).contains(NeedsCharts.NO_DATA);
    }

    @Test
    void countryChartDrawsRoundsAndCopesWithAnUnratedCountry() throws Exception {
        String svg = ChartSvg.svg(NeedsCharts.countryNeeds(NeedsSamples.lao()), 640, 300);
        parse(svg);
        assertThat(svg).contains("Lao PDR: need levels by round", "Needs assessment 2015", "Needs assessment 2016", "4.5")
                .doesNotContain(NeedsCharts.NO_DATA);

        CountryProfile unrated = new CountryProfile(NeedsSamples.LA, "Lao PDR", "South-East Asia", List.of(), List.of(),
                List.of(), List.of(), List.of(), new CountryProfile.Certificates(0, Map.of()), List.of());
        assertThat(ChartSvg.svg(NeedsCharts.countryNeeds(unrated), 640, 300)).contains(NeedsCharts.NO_DATA);
    }

    @Test
    void heatMapSvgIsStandaloneAndNamesCountriesAndLevels() throws Exception {
        String svg = ChartSvg.svg(NeedsCharts.heatMap(NeedsSamples.small()), 720, 400);
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(720);
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(400);
        assertThat(Arrays.stream(root.getAttribute("viewBox").split(" ")).map(Double::valueOf))
                .containsExactly(0.0, 0.0, 720.0, 400.0);
        assertThat(svg).contains("Lao PDR", "Viet Nam", "4.5", "3.5", "Information and intelligence sharing")
                .as("text stays text, in a font family browsers can fall back from").contains("sans-serif");
    }

    @Test
    void twoSvgsOnOnePageShareNoIds() throws Exception {
        RegionalPicture picture = NeedsSamples.regional();
        Set<String> first = ids(parse(ChartSvg.svg(NeedsCharts.heatMap(picture), 720, 500)));
        Set<String> second = ids(parse(ChartSvg.svg(NeedsCharts.heatMap(picture), 720, 500)));
        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    }

    @Test
    void unratedCellsAreBlankAndRatedOnesShowTheirLevel() throws Exception {
        // Viet Nam was not rated on ODS: no "2.0" for it, while Lao PDR's 2.0 is there.
        String svg = ChartSvg.svg(NeedsCharts.heatMap(NeedsSamples.small()), 720, 400);
        assertThat(countOf(svg, ">2.0<")).isEqualTo(1);
        assertThat(countOf(svg, ">4.0<")).isEqualTo(1);
    }

    @Test
    void missedFlagsShowsTheMostMissedFirstUpToTheLimit() {
        JFreeChart chart = NeedsCharts.missedFlags(NeedsSamples.regional(), 5);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(5);
        List<Number> shares = List.of(plot.getDataset().getValue(0, 0), plot.getDataset().getValue(0, 4));
        assertThat(shares.get(0).intValue()).isGreaterThanOrEqualTo(shares.get(1).intValue());
        assertThat(plot.getDataset().getColumnKey(0).toString()).matches(".+ – .+");
    }

    @Test
    void missedFlagsWithSameLabelStayTwoBars() {
        RegionalPicture small = NeedsSamples.small();
        RegionalPicture.MissedFlag flag = small.missedFlags().getFirst();
        RegionalPicture twice = new RegionalPicture(small.filter(), small.themes(), small.countries(), small.heat(),
                small.trend(), small.coverage(), small.trained(),
                List.of(flag, new RegionalPicture.MissedFlag(flag.country(), "Another scenario", flag.flagText(), 8, 5)),
                small.totals());
        assertThat(NeedsCharts.missedFlags(twice, 10).getCategoryPlot().getDataset().getColumnCount()).isEqualTo(2);
    }

    @Test
    void trendKeepsRoundsInDateOrderWhateverTheInputOrder() {
        RegionalPicture small = NeedsSamples.small();
        RegionalPicture reversed = new RegionalPicture(small.filter(), small.themes(), small.countries(), small.heat(),
                small.trend().reversed(), small.coverage(), small.trained(), small.missedFlags(), small.totals());
        CategoryPlot plot = NeedsCharts.trend(reversed).getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).extracting(Object::toString)
                .containsExactly("Needs assessment 2015", "Needs assessment 2016");
        assertThat(plot.getDataset().getRowCount()).isEqualTo(3);
    }

    @Test
    void longThemeLabelsAreShortenedAtAWord() {
        assertThat(NeedsCharts.shortThemeLabel("Information and intelligence sharing"))
                .isEqualTo("Information and intelligence sharing");
        String shortened = NeedsCharts.shortThemeLabel(
                "The identification and sampling of ozone-depleting substances and their blends at the border");
        assertThat(shortened).hasSizeLessThanOrEqualTo(NeedsCharts.THEME_LABEL_MAX).endsWith("…")
                .isEqualTo("Identification & sampling…");
    }

    @Test
    void levelColoursRunFromPaleToDark() {
        double pale = brightness(NeedsCharts.levelColour(1));
        double middle = brightness(NeedsCharts.levelColour(3));
        double dark = brightness(NeedsCharts.levelColour(5));
        assertThat(pale).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(dark);
        assertThat(NeedsCharts.levelColour(Double.NaN)).isNotEqualTo(NeedsCharts.levelColour(1));
    }

    @Test
    void heightGrowsWithTheRows() {
        assertThat(NeedsCharts.preferredHeight(NeedsCharts.heatMap(NeedsSamples.regional())))
                .isGreaterThan(NeedsCharts.preferredHeight(NeedsCharts.heatMap(NeedsSamples.small())));
    }

    private static double brightness(java.awt.Color colour) {
        return 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue();
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Set<String> ids(Document document) {
        Set<String> ids = new HashSet<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
