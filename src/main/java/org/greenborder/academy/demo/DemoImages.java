package org.greenborder.academy.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo certificates, drawn here rather than taken from anyone: the Green Border Academy emblem (a
 * leaf inside a ring crossed by a dashed border line) and handwriting-like strokes standing in for the invented
 * signatories' signatures. Shapes only, no text, because the JDKs used here have no fonts for Java2D.
 */
final class DemoImages {

    private static final Color GREEN = new Color(0x1F, 0x5C, 0x3A);
    private static final Color LEAF = new Color(0x3C, 0x8D, 0x5A);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);

    private DemoImages() {
    }

    static byte[] emblem() {
        int size = 360;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(GREEN);
        g.setStroke(new BasicStroke(22f));
        g.draw(new Ellipse2D.Float(20, 20, size - 40, size - 40));
        GeneralPath leaf = new GeneralPath();
        leaf.moveTo(180, 70);
        leaf.curveTo(290, 120, 280, 250, 180, 300);
        leaf.curveTo(80, 250, 70, 120, 180, 70);
        leaf.closePath();
        g.setColor(LEAF);
        g.fill(leaf);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(180, 95, 180, 285);
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{26f, 16f}, 0f));
        g.drawLine(40, 200, 320, 200);
        g.dispose();
        return png(image);
    }

    /** A flowing stroke, different for every seed: a stand-in signature for an invented person. */
    static byte[] signature(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(520, 180, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(0x1A, 0x2A, 0x6C));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath stroke = new GeneralPath();
        float x = 30;
        float y = 110;
        stroke.moveTo(x, y);
        for (int i = 0; i < 9; i++) {
            float nextX = x + 40 + random.nextInt(25);
            float lift = 30 + random.nextInt(50);
            stroke.curveTo(x + 10, y - lift, nextX - 10, y + lift * 0.6f, nextX, y - random.nextInt(20) + 10);
            x = nextX;
        }
        g.draw(stroke);
        g.drawLine(60, 140, (int) x - 20, 128);
        g.dispose();
        return png(image);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
