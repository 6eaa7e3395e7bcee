package org.barometer.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown becomes HTML with lists, links and headings, and nothing a browser would run. */
class SafeMarkdownTests {

    @Test
    void rendersNumberedTrendsAndLinksThatOpenSafely() {
        String html = SafeMarkdown.toHtml("""
                ## Trends

                1. Trade grew after the [invented summit](https://example.org/summit).
                2. Talks stalled, *for now*.

                Write to [the desk](mailto:desk@example.org).""");

        assertThat(html).contains("<h2>Trends</h2>", "<ol>", "<li>Talks stalled, <em>for now</em>.</li>",
                "<a href=\"https://example.org/summit\" rel=\"nofollow noopener\">invented summit</a>",
                "<a href=\"mailto:desk@example.org\" rel=\"nofollow noopener\">the desk</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<p onclick=\"alert(1)\">click</p>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<iframe src=\"https://example.org\"></iframe>",
            "<svg onload=alert(1)>"})
    void leavesNothingExecutable(String markdown) {
        Document rendered = Jsoup.parseBodyFragment(SafeMarkdown.toHtml("Before\n\n" + markdown + "\n\nAfter"));

        assertThat(rendered.select("script, img, iframe, svg, object, embed, style")).isEmpty();
        assertThat(rendered.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")
                        || attribute.getValue().toLowerCase().replaceAll("\\s", "").matches("^(javascript|data|vbscript):.*")));
        assertThat(rendered.text()).contains("Before", "After");
    }

    @Test
    void anEmptyTextRendersAsNothing() {
        assertThat(SafeMarkdown.toHtml("")).isEmpty();
        assertThat(SafeMarkdown.toHtml("  \n ")).isEmpty();
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
    }
}
