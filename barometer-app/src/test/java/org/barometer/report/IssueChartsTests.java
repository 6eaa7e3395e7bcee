package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class IssueChartsTests {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String FIRST_LINE_COLOUR = "rgb(0,114,178)";

    static Series threeIssues() {
        Map<String, List<SeriesPoint>> relationships = new LinkedHashMap<>();
        relationships.put("Russia", List.of(point(15, 8), point(16, 12), point(17, 23)));
        relationships.put("the EU", List.of(point(15, -6), point(16, -3), point(17, 4)));
        relationships.put("China", List.of(point(15, 11), point(16, 0), point(17, 14)));
        relationships.put("the U.S.", List.of(point(16, 5), point(17, 3)));
        return new Series(relationships, List.of(point(15, -2), point(16, -4), point(17, -7)),
                List.of(point(15, -1), point(16, -5), point(17, -9)));
    }

    static Series oneIssue() {
        return new Series(Map.of("Russia", List.of(point(17, 23))), List.of(point(17, -7)), List.of(point(17, -9)));
    }

    static SeriesPoint point(int issue, int value) {
        return new SeriesPoint(issue, "No. " + issue, value);
    }

    static List<ChartSvg> everyChart(Series series, Locale locale) {
        return List.of(
                IssueCharts.relationshipIndices(series, locale),
                IssueCharts.nationalSecurity(series, locale),
                IssueCharts.regionalTension(series, ColourScale.DEFAULT, locale),
                IssueCharts.positiveNegative("Russia", 27, -4, locale));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void drawsEveryChartAsWellFormedSvgWithWholeNumberSizeAndViewBox(String language) throws Exception {
        for (ChartSvg chart : everyChart(threeIssues(), Locale.forLanguageTag(language))) {
            Element root = parse(chart.svg()).getDocumentElement();

            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(chart.width())).matches("[1-9][0-9]*");
            assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(chart.height())).matches("[1-9][0-9]*");
            assertThat(root.getAttribute("viewBox").split("\\s+")).extracting(Double::parseDouble)
                    .containsExactly(0.0, 0.0, (double) chart.width(), (double) chart.height());
            assertThat(chart.svg()).containsAnyOf("<path", "<polyline", "<line");
        }
    }

    @Test
    void drawsDynamicsAtSixFortyByThreeTwentyAndTheBarAtThreeTwentyByOneTwenty() {
        List<ChartSvg> charts = everyChart(threeIssues(), Locale.ENGLISH);

        assertThat(charts.subList(0, 3)).allSatisfy(chart -> assertThat(List.of(chart.width(), chart.height())).containsExactly(640, 320));
        assertThat(List.of(charts.get(3).width(), charts.get(3).height())).containsExactly(320, 120);
    }

    @Test
    void writesEveryLabelInDejaVuSansFallingBackToSansSerif() {
        for (ChartSvg chart : everyChart(threeIssues(), Locale.ENGLISH)) {
            List<String> families = all(Pattern.compile("font-family:\\s*([^;'\"]+)"), chart.svg());

            assertThat(families).isNotEmpty().allSatisfy(family -> assertThat(family.strip()).isEqualTo("DejaVu Sans, sans-serif"));
        }
    }

    @Test
    void drawsEachRelationshipAsATwoPixelLineInItsOwnColour() throws Exception {
        ChartSvg chart = IssueCharts.relationshipIndices(threeIssues(), Locale.ENGLISH);

        Set<String> lineColours = new HashSet<>();
        for (Element element : elements(parse(chart.svg()), "g")) {
            String style = element.getAttribute("style").replace(" ", "");
            Matcher stroke = Pattern.compile("(?<![-\\w])stroke:(rgb\\([^)]*\\))").matcher(style);
            if (style.contains("stroke-width:2.0") && stroke.find()) {
                lineColours.add(stroke.group(1));
            }
        }
        assertThat(lineColours).hasSizeGreaterThanOrEqualTo(4).contains(FIRST_LINE_COLOUR);
    }

    @Test
    void putsTheLegendOfRelationshipsUnderThePlot() throws Exception {
        ChartSvg chart = IssueCharts.relationshipIndices(threeIssues(), Locale.ENGLISH);

        double legendY = textY(parse(chart.svg()), "the U.S.");
        double axisLabelY = textY(parse(chart.svg()), "No. 17");
        assertThat(legendY).isGreaterThan(axisLabelY);
    }

    @Test
    void drawsASingleIssueAsAVisiblePointWithItsFigure() throws Exception {
        Series series = oneIssue();

        for (ChartSvg chart : List.of(IssueCharts.relationshipIndices(series, Locale.ENGLISH), IssueCharts.nationalSecurity(series, Locale.ENGLISH))) {
            Document svg = parse(chart.svg());
            assertThat(markers(svg, FIRST_LINE_COLOUR)).as(chart.title()).isNotEmpty();
            assertThat(texts(svg)).as(chart.title()).contains("No. 17");
        }
        assertThat(texts(parse(IssueCharts.relationshipIndices(series, Locale.ENGLISH).svg()))).contains("+23");
        assertThat(texts(parse(IssueCharts.nationalSecurity(series, Locale.ENGLISH).svg()))).contains("−7");
        Document regional = parse(IssueCharts.regionalTension(series, ColourScale.DEFAULT, Locale.ENGLISH).svg());
        assertThat(markers(regional, "rgb(34,34,34)")).isNotEmpty();
        assertThat(texts(regional)).contains("−9", "No. 17");
    }

    @Test
    void keepsTheFiguresOfCloseValuesOfOneIssueApart() throws Exception {
        Map<String, List<SeriesPoint>> sample = new java.util.LinkedHashMap<>();
        sample.put("Russia", List.of(point(17, 23)));
        sample.put("the EU", List.of(point(17, -18)));
        sample.put("China", List.of(point(17, 18)));
        sample.put("the U.S.", List.of(point(17, -17)));
        sample.put("Ukraine", List.of(point(17, -7)));

        Document svg = parse(IssueCharts.relationshipIndices(new Series(sample, List.of(), List.of()), Locale.ENGLISH).svg());

        Rectangle2D eu = labelBox(svg, "−18");
        Rectangle2D us = labelBox(svg, "−17");
        assertThat(eu.intersects(us)).as("-18 at %s and -17 at %s", eu, us).isFalse();
        assertThat(labelBox(svg, "+23").intersects(labelBox(svg, "+18"))).isFalse();
        assertThat(Math.abs(labelBox(svg, "−7").getCenterX() - labelBox(svg, "+23").getCenterX()))
                .as("a figure with room is centred above its point, as before").isLessThan(5.0);
    }

    /** The box a bold 10-point figure takes: from its baseline start, about 0.7 of the size a character wide. */
    private static Rectangle2D labelBox(Document svg, String figure) {
        Element text = elements(svg, "text").stream().filter(e -> e.getTextContent().strip().equals(figure)).findFirst().orElseThrow();
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        return new Rectangle2D.Double(x, y - 10, figure.length() * 7, 10);
    }

    @Test
    void drawsNoDataChartsForAnEmptySeriesInBothLanguages() throws Exception {
        Series empty = new Series(Map.of(), List.of(), List.of());

        for (ChartSvg chart : everyChart(empty, Locale.ENGLISH).subList(0, 3)) {
            parse(chart.svg());
            assertThat(texts(parse(chart.svg()))).contains("No data");
            assertThat(chart.text()).contains("No data");
        }
        for (ChartSvg chart : everyChart(empty, RUSSIAN).subList(0, 3)) {
            assertThat(texts(parse(chart.svg()))).contains("Нет данных");
        }
        assertThat(IssueCharts.relationshipIndices(empty, RUSSIAN).text()).contains("Нет данных");
    }

    @Test
    void statesEveryRelationshipAndFigureInTheTextEquivalent() {
        ChartSvg chart = IssueCharts.relationshipIndices(threeIssues(), Locale.ENGLISH);

        assertThat(chart.title()).isEqualTo("Relations development indices by issue");
        assertThat(chart.text()).contains(
                "Russia: No. 15 +8, No. 16 +12, No. 17 +23.",
                "The EU: No. 15 −6, No. 16 −3, No. 17 +4.",
                "China: No. 15 +11, No. 16 0, No. 17 +14.",
                "The U.S.: No. 16 +5, No. 17 +3.");
    }

    @Test
    void statesEveryRelationshipAndFigureInTheRussianTextEquivalent() {
        ChartSvg chart = IssueCharts.relationshipIndices(threeIssues(), RUSSIAN);

        assertThat(chart.title()).isEqualTo("Индексы развития отношений по выпускам");
        assertThat(chart.text()).contains(
                "Russia: № 15 +8, № 16 +12, № 17 +23.",
                "The EU: № 15 −6, № 16 −3, № 17 +4.",
                "China: № 15 +11, № 16 0, № 17 +14.",
                "The U.S.: № 16 +5, № 17 +3.");
        assertThat(texts(parseQuietly(chart.svg()))).contains("№ 17", "Выпуск");
    }

    @Test
    void statesEverySecurityFigureInBothLanguages() {
        assertThat(IssueCharts.nationalSecurity(threeIssues(), Locale.ENGLISH).text())
                .isEqualTo("National security index by issue. No. 15 −2, No. 16 −4, No. 17 −7.");
        assertThat(IssueCharts.nationalSecurity(threeIssues(), RUSSIAN).text())
                .isEqualTo("Индекс национальной безопасности по выпускам. № 15 −2, № 16 −4, № 17 −7.");
        assertThat(IssueCharts.regionalTension(threeIssues(), ColourScale.DEFAULT, Locale.ENGLISH).text())
                .isEqualTo("Regional tension by issue. No. 15 −1 (White), No. 16 −5 (Green), No. 17 −9 (Yellow)."
                        + " Colour bands: White −1 and above; Green −6 to −2; Yellow −12 to −7; Orange −17 to −13; Red −18 and below.");
        assertThat(IssueCharts.regionalTension(threeIssues(), ColourScale.DEFAULT, RUSSIAN).text())
                .isEqualTo("Региональная напряжённость по выпускам. № 15 −1 (Белый), № 16 −5 (Зелёный), № 17 −9 (Жёлтый)."
                        + " Цветовая шкала: Белый −1 и выше; Зелёный от −6 до −2; Жёлтый от −12 до −7; Оранжевый от −17 до −13; Красный −18 и ниже.");
    }

    @Test
    void labelsEveryColourBandOfTheRegionalChart() throws Exception {
        List<String> english = texts(parse(IssueCharts.regionalTension(threeIssues(), ColourScale.DEFAULT, Locale.ENGLISH).svg()));
        List<String> russian = texts(parse(IssueCharts.regionalTension(threeIssues(), ColourScale.DEFAULT, RUSSIAN).svg()));

        assertThat(english).contains("White", "Green", "Yellow", "Orange", "Red");
        assertThat(russian).contains("Белый", "Зелёный", "Жёлтый", "Оранжевый", "Красный");
    }

    @Test
    void drawsEveryBandOfAnyScaleAsABackgroundBandWithAVisibleBorderForWhite() throws Exception {
        ColourScale scale = new ColourScale(List.of(
                new ColourBand("White", 0, null, "calm"),
                new ColourBand("Amber", -4, -1, "watch"),
                new ColourBand("Red", null, -5, "act")));

        ChartSvg chart = IssueCharts.regionalTension(threeIssues(), scale, Locale.ENGLISH);

        assertThat(texts(parse(chart.svg()))).contains("White", "Amber", "Red");
        assertThat(chart.text()).contains("White 0 and above; Amber −4 to −1; Red −5 and below.");
        assertThat(chart.svg()).contains("fill:rgb(255,255,255)", "fill:rgb(248,201,196)", "fill:rgb(238,238,238)");
        assertThat(chart.svg().replace(" ", "")).contains("stroke:rgb(85,85,85)");
    }

    @Test
    void statesPositiveAndNegativePointsWithTheirSigns() throws Exception {
        ChartSvg english = IssueCharts.positiveNegative("the EU", 27, -4, Locale.ENGLISH);
        ChartSvg russian = IssueCharts.positiveNegative("the EU", 27, -4, RUSSIAN);

        assertThat(english.title()).isEqualTo("The EU: positive and negative points");
        assertThat(english.text()).isEqualTo("The EU: positive points +27, negative points −4.");
        assertThat(texts(parse(english.svg()))).contains("+27", "−4", "Positive points", "Negative points");
        assertThat(russian.title()).isEqualTo("The EU: положительные и отрицательные баллы");
        assertThat(russian.text()).isEqualTo("The EU: положительные баллы +27, отрицательные баллы −4.");
        assertThat(texts(parse(russian.svg()))).contains("+27", "−4", "Положительные баллы", "Отрицательные баллы");
    }

    @Test
    void drawsARelationshipWithoutPointsAsTwoZeroBars() throws Exception {
        ChartSvg chart = IssueCharts.positiveNegative("Ukraine", 0, 0, Locale.ENGLISH);

        assertThat(chart.text()).isEqualTo("Ukraine: positive points 0, negative points 0.");
        assertThat(texts(parse(chart.svg()))).contains("0");
    }

    @Test
    void namesTheChartForScreenReadersInsideTheSvg() throws Exception {
        ChartSvg chart = IssueCharts.nationalSecurity(threeIssues(), Locale.ENGLISH);
        Document svg = parse(chart.svg());

        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(elements(svg, "title")).extracting(Node::getTextContent).containsExactly(chart.title());
        assertThat(elements(svg, "desc")).extracting(Node::getTextContent).containsExactly(chart.text());
    }

    @Test
    void givesEveryChartIdsOfItsOwnSoThatChartsCanShareAPage() {
        Pattern id = Pattern.compile("id='([^']+)'|id=\"([^\"]+)\"");
        Set<String> seen = new HashSet<>();
        for (ChartSvg chart : everyChart(threeIssues(), Locale.ENGLISH)) {
            for (String one : all(id, chart.svg())) {
                assertThat(seen.add(one)).as("id %s used twice", one).isTrue();
            }
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void escapesARelationshipNameInTheSvg() throws Exception {
        ChartSvg chart = IssueCharts.positiveNegative("<Russia & \"co\">", 1, -1, Locale.ENGLISH);

        assertThat(elements(parse(chart.svg()), "title")).extracting(Node::getTextContent)
                .containsExactly("<Russia & \"co\">: positive and negative points");
    }

    // Reading the SVG

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Document parseQuietly(String svg) {
        try {
            return parse(svg);
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<String> texts(Document svg) {
        return elements(svg, "text").stream().map(Node::getTextContent).map(String::strip).toList();
    }

    static double textY(Document svg, String text) {
        return elements(svg, "text").stream().filter(e -> e.getTextContent().strip().equals(text))
                .mapToDouble(e -> Double.parseDouble(e.getAttribute("y"))).max().orElseThrow();
    }

    /** Round point markers (paths drawn with curves) filled in the given colour. */
    static List<Element> markers(Document svg, String colour) {
        return elements(svg, "path").stream()
                .filter(path -> path.getAttribute("d").contains("C"))
                .filter(path -> filledWith(path, colour))
                .toList();
    }

    static boolean filledWith(Element element, String colour) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String style = e.getAttribute("style").replace(" ", "");
            if (style.contains("fill:")) {
                return style.contains("fill:" + colour);
            }
        }
        return false;
    }

    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount()));
        }
        return found;
    }
}
