package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.barometer.method.ColourScale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class IssueChartsTests {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    static Series threeIssues() {
        Map<String, List<SeriesPoint>> relationships = new LinkedHashMap<>();
        relationships.put("Russia", List.of(point(15, 8), point(16, 12), point(17, 23)));
        relationships.put("the EU", List.of(point(15, -6), point(16, -3), point(17, 4)));
        relationships.put("China", List.of(point(15, 11), point(16, 9), point(17, 14)));
        return new Series(relationships, List.of(point(15, -2), point(16, -4), point(17, -7)),
                List.of(point(15, -1), point(16, -5), point(17, -9)));
    }

    static Series oneIssue() {
        return new Series(Map.of("Russia", List.of(point(17, 23))), List.of(point(17, -7)), List.of(point(17, -9)));
    }

    static SeriesPoint point(int issue, int value) {
        return new SeriesPoint(issue, "No. " + issue, value);
    }

    @Test
    void drawsEveryChartAsWellFormedSvgWithWholeNumberSize() throws Exception {
        for (ChartSvg chart : List.of(
                IssueCharts.relationshipIndices(threeIssues(), Locale.ENGLISH),
                IssueCharts.nationalSecurity(threeIssues(), Locale.ENGLISH),
                IssueCharts.regionalTension(threeIssues(), ColourScale.DEFAULT, Locale.ENGLISH),
                IssueCharts.positiveNegative("Russia", 27, -4, Locale.ENGLISH))) {
            Element root = parse(chart.svg()).getDocumentElement();

            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(chart.width()));
            assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(chart.height()));
            assertThat(root.getAttribute("viewBox")).isNotBlank();
            assertThat(chart.svg()).containsAnyOf("<path", "<polyline", "<line");
        }
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
