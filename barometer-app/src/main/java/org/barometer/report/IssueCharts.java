package org.barometer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Charts drawn by JFreeChart into SVG with JFreeSVG; titles and axis labels in English or Russian. */
public final class IssueCharts {

    static {
        // Rendering needs fonts and an offscreen image only, never a window; servers and tests have no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The family the PDF embeds; the HTML falls back to sans-serif. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String CSS_FONT = FONT_FAMILY + ", sans-serif";
    private static final int DYNAMICS_WIDTH = 640;
    private static final int DYNAMICS_HEIGHT = 320;
    private static final int BAR_WIDTH = 320;
    private static final int BAR_HEIGHT = 120;

    /** Okabe–Ito colours, told apart with any colour vision; yellow left out as unreadable on white. */
    private static final List<Color> LINES = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000));
    private static final Color INK = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color POSITIVE = new Color(0x0072B2);
    private static final Color NEGATIVE = new Color(0xD55E00);
    private static final Map<String, Color> BAND_FILLS = Map.of(
            "white", new Color(0xFFFFFF), "green", new Color(0xD4EDDA), "yellow", new Color(0xFFF5C2),
            "orange", new Color(0xFFDDB8), "red", new Color(0xF8C9C4));
    private static final Color OTHER_BAND = new Color(0xEEEEEE);
    private static final Color NO_BACKGROUND = new Color(0, 0, 0, 0);
    /** Up to this many issues every point of a single line carries its figure; beyond it the labels would crowd. */
    private static final int LABELLED_POINTS = 12;
    private static final int LABEL_FONT_SIZE = 10;
    private static final AtomicLong CHARTS_DRAWN = new AtomicLong();

    private IssueCharts() {
    }

    /** One line per relationship: its aggregate index across issues. */
    public static ChartSvg relationshipIndices(Series series, Locale locale) {
        Words words = new Words(locale);
        SortedMap<Integer, String> axis = issueAxis(words, series.relationships().values());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> sentences = new ArrayList<>();
        series.relationships().forEach((name, points) -> {
            addLine(dataset, name, points, axis);
            sentences.add(capitalised(name) + ": " + figures(points, words, null) + ".");
        });
        String title = words.get("relationships.title");
        CategoryPlot plot = linePlot(dataset, words, words.get("relationships.axis"));
        JFreeChart chart = chart(plot, series.relationships().size() > 0);
        return svg(chart, DYNAMICS_WIDTH, DYNAMICS_HEIGHT, title, text(title, sentences, words));
    }

    /** One line: the national security index across issues. */
    public static ChartSvg nationalSecurity(Series series, Locale locale) {
        Words words = new Words(locale);
        String name = words.get("national.axis");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        addLine(dataset, name, series.national(), issueAxis(words, List.of(series.national())));
        String title = words.get("national.title");
        JFreeChart chart = chart(linePlot(dataset, words, name), false);
        List<String> sentences = series.national().isEmpty() ? List.of() : List.of(figures(series.national(), words, null) + ".");
        return svg(chart, DYNAMICS_WIDTH, DYNAMICS_HEIGHT, title, text(title, sentences, words));
    }

    /** One line over the colour bands of regional tension, each band drawn behind it and labelled with its colour. */
    public static ChartSvg regionalTension(Series series, ColourScale scale, Locale locale) {
        Words words = new Words(locale);
        String name = words.get("regional.axis");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        addLine(dataset, name, series.regional(), issueAxis(words, List.of(series.regional())));
        CategoryPlot plot = linePlot(dataset, words, name);
        plot.getRenderer().setSeriesPaint(0, INK);
        drawBands(plot, scale, series.regional(), words);
        String title = words.get("regional.title");
        List<String> sentences = new ArrayList<>();
        sentences.add(figures(series.regional(), words, scale) + ".");
        List<String> bands = new ArrayList<>();
        for (ColourBand band : scale.bands()) {
            bands.add(words.colour(band.colour()) + " " + range(band, words));
        }
        sentences.add(words.get("regional.bands") + ": " + String.join("; ", bands) + ".");
        return svg(chart(plot, false), DYNAMICS_WIDTH, DYNAMICS_HEIGHT, title, text(title, sentences, words));
    }

    /** The small bar of a relationship section: its positive points against its negative points. */
    public static ChartSvg positiveNegative(String relationship, int positive, int negative, Locale locale) {
        Words words = new Words(locale);
        String positiveLabel = words.get("balance.positive");
        String negativeLabel = words.get("balance.negative");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(positive, "points", positiveLabel);
        dataset.addValue(negative, "points", negativeLabel);

        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == 0 ? POSITIVE : NEGATIVE;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.32);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", SIGNED));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.BOLD, 12));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);

        NumberAxis values = new NumberAxis();
        int extent = Math.max(Math.max(positive, -negative), 1);
        values.setRange(Math.min(negative, 0) - extent * 0.35 - 0.5, Math.max(positive, 0) + extent * 0.35 + 0.5);
        values.setVisible(false);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font(Font.PLAIN, 11));
        categories.setTickLabelPaint(INK);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.25);
        categories.setMaximumCategoryLabelWidthRatio(0.6f);
        categories.setMaximumCategoryLabelLines(2);

        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.addRangeMarker(new ValueMarker(0, MUTED, new BasicStroke(1f)), Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart(null, font(Font.BOLD, 13), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));

        String title = capitalised(words.format("balance.title", relationship));
        String text = capitalised(words.format("balance.text", relationship, ReportNumbers.signed(positive), ReportNumbers.signed(negative)));
        return svg(chart, BAR_WIDTH, BAR_HEIGHT, title, text);
    }

    private static SortedMap<Integer, String> issueAxis(Words words, Iterable<List<SeriesPoint>> lines) {
        SortedMap<Integer, String> axis = new TreeMap<>();
        for (List<SeriesPoint> line : lines) {
            for (SeriesPoint point : line) {
                axis.put(point.issue(), words.issue(point.issue()));
            }
        }
        return axis;
    }

    private static void addLine(DefaultCategoryDataset dataset, String name, List<SeriesPoint> points,
                                SortedMap<Integer, String> axis) {
        Map<Integer, Integer> values = new TreeMap<>();
        points.forEach(point -> values.put(point.issue(), point.value()));
        // Every issue on the axis gets a column, so the categories keep issue order; a gap stays a gap.
        axis.forEach((issue, label) -> dataset.addValue(values.get(issue), name, label));
    }

    private static String figures(List<SeriesPoint> points, Words words, ColourScale scale) {
        List<String> figures = new ArrayList<>();
        points.stream().sorted(java.util.Comparator.comparingInt(SeriesPoint::issue)).forEach(point -> {
            String figure = words.issue(point.issue()) + " " + ReportNumbers.signed(point.value());
            if (scale != null) {
                figure += " (" + words.colour(scale.levelFor(point.value()).colour()) + ")";
            }
            figures.add(figure);
        });
        return figures.isEmpty() ? words.get("chart.noData") : String.join(", ", figures);
    }

    private static String text(String title, List<String> sentences, Words words) {
        if (sentences.isEmpty()) {
            return title + ". " + words.get("chart.noData") + ".";
        }
        return title + ". " + String.join(" ", sentences);
    }

    /** "the EU" opens a sentence as "The EU". */
    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }

    private static String range(ColourBand band, Words words) {
        if (band.lowest() == null && band.highest() == null) {
            return words.get("band.any");
        }
        if (band.lowest() == null) {
            return words.format("band.below", ReportNumbers.signed(band.highest()));
        }
        if (band.highest() == null) {
            return words.format("band.above", ReportNumbers.signed(band.lowest()));
        }
        if (band.lowest().equals(band.highest())) {
            return ReportNumbers.signed(band.lowest());
        }
        return words.format("band.between", ReportNumbers.signed(band.lowest()), ReportNumbers.signed(band.highest()));
    }

    private static CategoryPlot linePlot(DefaultCategoryDataset dataset, Words words, String valueLabel) {
        SpacedLabelRenderer renderer = new SpacedLabelRenderer(LABEL_FONT_SIZE + 4);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, LINES.get(i % LINES.size()));
            renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        renderer.setUseFillPaint(false);

        CategoryAxis issues = new CategoryAxis(words.get("chart.axis.issue"));
        issues.setLabelFont(font(Font.PLAIN, 11));
        issues.setLabelPaint(MUTED);
        issues.setTickLabelFont(font(Font.PLAIN, 11));
        issues.setTickLabelPaint(INK);
        issues.setAxisLinePaint(MUTED);
        issues.setTickMarkPaint(MUTED);
        issues.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        issues.setLowerMargin(0.02);
        issues.setUpperMargin(0.02);

        NumberAxis values = new NumberAxis(valueLabel);
        values.setLabelFont(font(Font.PLAIN, 11));
        values.setLabelPaint(MUTED);
        values.setTickLabelFont(font(Font.PLAIN, 11));
        values.setTickLabelPaint(INK);
        values.setStandardTickUnits(signedIntegerUnits());
        values.setAutoRangeIncludesZero(true);
        values.setAutoRangeMinimumSize(4);
        values.setUpperMargin(0.1);
        values.setLowerMargin(0.08);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);

        CategoryPlot plot = new CategoryPlot(dataset, issues, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.75f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.addRangeMarker(new ValueMarker(0, MUTED, new BasicStroke(1f)), Layer.BACKGROUND);
        plot.setNoDataMessage(words.get("chart.noData"));
        plot.setNoDataMessageFont(font(Font.PLAIN, 14));
        plot.setNoDataMessagePaint(MUTED);
        if (dataset.getColumnCount() == 0) {
            // Nothing to measure: only the message, no axis that pretends to a scale.
            values.setVisible(false);
            issues.setVisible(false);
            plot.setRangeGridlinesVisible(false);
            plot.clearRangeMarkers();
        }
        if (dataset.getColumnCount() > LABELLED_POINTS) {
            issues.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (dataset.getRowCount() == 1 && dataset.getColumnCount() <= LABELLED_POINTS || dataset.getColumnCount() == 1) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", SIGNED));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(font(Font.BOLD, LABEL_FONT_SIZE));
            renderer.setDefaultItemLabelPaint(INK);
            renderer.setItemLabelAnchorOffset(5);
        }
        return plot;
    }

    private static void drawBands(CategoryPlot plot, ColourScale scale, List<SeriesPoint> points, Words words) {
        int low = 0;
        int high = 0;
        for (ColourBand band : scale.bands()) {
            if (band.lowest() != null) {
                low = Math.min(low, band.lowest());
                high = Math.max(high, band.lowest());
            }
            if (band.highest() != null) {
                low = Math.min(low, band.highest());
                high = Math.max(high, band.highest());
            }
        }
        for (SeriesPoint point : points) {
            low = Math.min(low, point.value());
            high = Math.max(high, point.value());
        }
        // Open bands get as much room as a closed band needs, so every band shows and carries its label.
        double lower = low - 3;
        double upper = high + 3;
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(lower, upper);
        axis.setVisible(true);
        for (ColourBand band : scale.bands()) {
            double from = band.lowest() == null ? lower : band.lowest() - 0.5;
            double to = band.highest() == null ? upper : band.highest() + 0.5;
            Color fill = BAND_FILLS.getOrDefault(band.colour().strip().toLowerCase(Locale.ROOT), OTHER_BAND);
            IntervalMarker marker = new IntervalMarker(from, to, fill);
            marker.setOutlinePaint(new Color(0xB0B0B0));
            marker.setOutlineStroke(new BasicStroke(0.75f));
            marker.setAlpha(1f);
            marker.setLabel(words.colour(band.colour()));
            marker.setLabelFont(font(Font.PLAIN, 10));
            marker.setLabelPaint(MUTED);
            marker.setLabelBackgroundColor(NO_BACKGROUND);
            marker.setLabelAnchor(RectangleAnchor.RIGHT);
            marker.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            marker.setLabelOffset(new RectangleInsets(2, 2, 2, 6));
            if (fill.equals(Color.WHITE)) {
                marker.setOutlinePaint(MUTED);
            }
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        plot.setRangeGridlinesVisible(false);
        // Room on the right of the last issue for the band labels.
        plot.getDomainAxis().setUpperMargin(0.12);
    }

    private static JFreeChart chart(CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, font(Font.BOLD, 13), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setPosition(RectangleEdge.BOTTOM);
            title.setFrame(BlockBorder.NONE);
            title.setItemFont(font(Font.PLAIN, 11));
            title.setItemPaint(INK);
            title.setBackgroundPaint(Color.WHITE);
            title.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        return chart;
    }

    private static ChartSvg svg(JFreeChart chart, int width, int height, String title, String text) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(family -> CSS_FONT);
        // Pages inline several charts; their clip-path ids must not collide.
        g.setDefsKeyPrefix("chart" + CHARTS_DRAWN.incrementAndGet() + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        String body = g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        int open = body.indexOf("<svg");
        int close = body.indexOf('>', open);
        String start = body.substring(open, close);
        if (start.endsWith("/")) {
            throw new IllegalStateException("JFreeSVG wrote an empty SVG element");
        }
        String svg = start + " width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + escape(title) + "\">"
                + "<title>" + escape(title) + "</title><desc>" + escape(text) + "</desc>" + body.substring(close + 1);
        return new ChartSvg(svg, width, height, title, text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    private static TickUnits signedIntegerUnits() {
        TickUnits units = new TickUnits();
        for (int size : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            units.add(new NumberTickUnit(size, SIGNED));
        }
        return units;
    }

    /** Axis ticks and bar labels written as the publication writes figures: "+2", "0", "−1". */
    private static final NumberFormat SIGNED = new NumberFormat() {
        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            return to.append(ReportNumbers.signed((int) Math.round(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return to.append(ReportNumbers.signed((int) number));
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("figures on charts are only written");
        }
    };

    /** The chart strings of one language, from i18n/charts. */
    private static final class Words {
        private final ResourceBundle bundle;

        Words(Locale locale) {
            bundle = ResourceBundle.getBundle("i18n/charts", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), bundle.getLocale()).format(arguments);
        }

        String issue(int number) {
            return format("chart.issue", Integer.toString(number));
        }

        /** A band's colour in this language when the bundle knows it, else as the scale names it. */
        String colour(String colour) {
            return ColourWords.name(colour, bundle.getLocale());
        }
    }
}
