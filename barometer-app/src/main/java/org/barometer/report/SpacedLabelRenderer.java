package org.barometer.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Lines with a figure above each point, unless points of the same issue lie so close that their figures would print
 * over each other (−17 and −18 in one issue): then those figures go to either side of their points, alternately.
 */
final class SpacedLabelRenderer extends LineAndShapeRenderer {

    static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    static final ItemLabelPosition RIGHT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    static final ItemLabelPosition LEFT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);

    /** How far apart, in points of the drawing, two figures must stand not to touch. */
    private final double labelHeight;
    private ItemLabelPosition current = ABOVE;

    SpacedLabelRenderer(double labelHeight) {
        super(true, true);
        this.labelHeight = labelHeight;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                         ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        current = position(dataset, row, column, value -> rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge()));
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        return current;
    }

    @Override
    public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
        return current;
    }

    /** Where the figure of one point goes, given where every point of its issue is drawn (y of a value). */
    ItemLabelPosition position(CategoryDataset dataset, int row, int column, java.util.function.DoubleUnaryOperator y) {
        record Point(int row, double y) {
        }
        List<Point> points = new ArrayList<>();
        for (int r = 0; r < dataset.getRowCount(); r++) {
            Number value = dataset.getValue(r, column);
            if (value != null) {
                points.add(new Point(r, y.applyAsDouble(value.doubleValue())));
            }
        }
        points.sort(Comparator.comparingDouble(Point::y).thenComparingInt(Point::row));
        int first = 0;
        for (int i = 1; i <= points.size(); i++) {
            if (i == points.size() || points.get(i).y() - points.get(i - 1).y() >= labelHeight) {
                List<Point> cluster = points.subList(first, i);
                for (int k = 0; k < cluster.size(); k++) {
                    if (cluster.get(k).row() == row) {
                        return cluster.size() == 1 ? ABOVE : k % 2 == 0 ? RIGHT : LEFT;
                    }
                }
                first = i;
            }
        }
        return ABOVE;
    }
}
