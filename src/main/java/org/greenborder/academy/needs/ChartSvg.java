package org.greenborder.academy.needs;

import java.awt.Rectangle;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Charts as SVG for the dashboard: the same {@link JFreeChart} objects that the PDF report draws. */
public final class ChartSvg {

    /**
     * Clip paths and gradients get ids from a prefix; two charts inline on one page must not share one, or the second
     * chart would be clipped by the first one's clip rectangles. A per-JVM random part keeps them apart across nodes.
     */
    private static final String PREFIX = "gba" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Browsers that lack DejaVu Sans get Verdana, which has nearly the same widths, so labels still fit. */
    private static final String FONT_FAMILIES = "DejaVu Sans, Verdana, Arial, sans-serif";

    private ChartSvg() {
    }

    /**
     * A standalone {@code <svg>} element (with the SVG namespace, width, height and viewBox), fit to be served as
     * {@code image/svg+xml}, put in a data URL, or inlined in a page next to other charts. It scales to any size.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A chart needs a positive size, not " + width + "×" + height);
        }
        String prefix = PREFIX + Long.toString(SEQUENCE.incrementAndGet(), 36) + "-";
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(prefix);
        g2.setFontFunction(family -> family.toLowerCase(Locale.ROOT).startsWith("dejavu sans")
                || family.equalsIgnoreCase("SansSerif") || family.equalsIgnoreCase("Dialog") ? FONT_FAMILIES : family);
        // Text stays text (not outlines): selectable, searchable and small.
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        g2.dispose();
        return g2.getSVGElement(prefix + "chart", true, new ViewBox(0, 0, width, height), null, null);
    }
}
