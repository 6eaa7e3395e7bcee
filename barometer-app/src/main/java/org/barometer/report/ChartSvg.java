package org.barometer.report;

/**
 * A chart as SVG with whole-number width and height, its title, and a text equivalent that states every figure it
 * shows. The title is the chart's caption: it is not drawn into the SVG, only named in its {@code <title>}.
 */
public record ChartSvg(String svg, int width, int height, String title, String text) {
}
