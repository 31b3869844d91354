package org.greenborder.academy.certificate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.greenborder.academy.shared.ContentFiles;
import org.greenborder.academy.shared.RuleViolationException;

/**
 * Checks an uploaded logo or signature and re-encodes it for print. The file's own bytes decide what it is (not its
 * name or the browser's content type); only PNG and JPEG are taken; the dimensions are read from the header before
 * any pixel is decoded, so a small file claiming a huge picture (a decompression bomb) is refused cheaply. The image
 * is then scaled to what a certificate needs and written anew, which also drops any metadata (camera, location) and
 * anything hidden after the picture. Transparent images stay PNG; opaque ones become whichever of PNG and JPEG is
 * smaller, which keeps every certificate PDF small.
 */
final class ImageUploads {

    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 6000;
    static final long MAX_PIXELS = 24_000_000L;
    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    record Stored(String contentType, int width, int height, byte[] bytes, String sha256) {
    }

    private ImageUploads() {
    }

    static Stored prepare(byte[] upload, ImagePurpose purpose) {
        if (upload == null || upload.length == 0) {
            throw new RuleViolationException("The file is empty.");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new RuleViolationException("The image is larger than 2 MB. Upload a PNG or JPEG file of at most 2 MB.");
        }
        BufferedImage image = decode(upload);
        BufferedImage scaled = scale(image, purpose.maxWidth(), purpose.maxHeight());
        boolean transparent = scaled.getColorModel().hasAlpha() && hasTransparentPixel(scaled);
        byte[] png = write(scaled, "png");
        byte[] best = png;
        String contentType = "image/png";
        if (!transparent) {
            byte[] jpeg = writeJpeg(scaled);
            if (jpeg.length < png.length) {
                best = jpeg;
                contentType = "image/jpeg";
            }
        }
        return new Stored(contentType, scaled.getWidth(), scaled.getHeight(), best, ContentFiles.sha256(best));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new RuleViolationException("This file is not a PNG or JPEG image.");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new RuleViolationException("Images must be PNG or JPEG; this one is " + format.toUpperCase(Locale.ROOT) + ".");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 16 || height < 16) {
                    throw new RuleViolationException("The image is too small to print (" + width + " × " + height
                            + " pixels); it needs at least 16 pixels each way.");
                }
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new RuleViolationException("The image is too large (" + width + " × " + height
                            + " pixels); at most " + MAX_SIDE + " pixels each way.");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new RuleViolationException("The image could not be read.");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException rule) {
                throw rule;
            }
            throw new RuleViolationException("The image is damaged or not a PNG or JPEG file.");
        }
    }

    private static BufferedImage scale(BufferedImage image, int maxWidth, int maxHeight) {
        double factor = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static boolean hasTransparentPixel(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode " + format, e);
        }
        return out.toByteArray();
    }

    private static byte[] writeJpeg(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(argb, 0, 0, java.awt.Color.WHITE, null);
        graphics.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
