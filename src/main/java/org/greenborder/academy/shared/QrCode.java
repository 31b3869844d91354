package org.greenborder.academy.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as PNG images, e.g. for the check-in link a room shows. A pure function: no state, no access checks. */
public final class QrCode {

    public static final int MAX_TEXT = 1000;
    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 2048;
    /** The quiet zone the QR specification asks for, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * A black-on-white QR code with error correction level M (about 15% of the code may be damaged or covered) and a
     * quiet zone of four modules. The image is {@code size} pixels square, or a little more when the text needs more
     * modules than that.
     */
    public static byte[] png(String text, int size) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A QR code needs a non-blank text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A QR code text can have at most " + MAX_TEXT + " characters");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("A QR code must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels wide");
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text does not fit in a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
