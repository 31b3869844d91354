package org.greenborder.academy.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfReader;

/**
 * Reads the QR code of a certificate PDF the way a phone would, without a PDF rasteriser: it takes the filled
 * rectangles that follow the QR code's white square in the page's content stream (scaled by the transformation
 * set there, if any), paints them into a bitmap and
 * lets ZXing decode that. If the drawing were wrong (modules misplaced, quiet zone missing), decoding would fail.
 * Public for the browser tests, which follow a real certificate's QR code to its verification page.
 */
public final class PdfQrReader {

    private static final int PIXELS_PER_POINT = 4;

    private PdfQrReader() {
    }

    public static String decode(byte[] pdf) throws IOException {
        String content;
        try (PdfReader reader = new PdfReader(pdf)) {
            content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
        }
        List<float[]> rectangles = new ArrayList<>();
        String[] tokens = content.split("\\s+");
        float[] white = null;
        boolean inQr = false;
        float[] ctm = {1, 0, 0, 1, 0, 0};
        for (int i = 4; i < tokens.length; i++) {
            if (inQr && tokens[i].equals("cm") && i >= 6) {
                for (int k = 0; k < 6; k++) {
                    ctm[k] = Float.parseFloat(tokens[i - 6 + k]);
                }
                continue;
            }
            if (!tokens[i].equals("re")) {
                if (inQr && tokens[i].equals("f") && !rectangles.isEmpty()) {
                    break;
                }
                continue;
            }
            float[] r = {Float.parseFloat(tokens[i - 4]), Float.parseFloat(tokens[i - 3]), Float.parseFloat(tokens[i - 2]),
                    Float.parseFloat(tokens[i - 1])};
            if (!inQr && i + 1 < tokens.length && tokens[i + 1].equals("f") && i >= 6 && (tokens[i - 5].equals("g") || tokens[i - 5].equals("rg"))
                    && tokens[i - 6].equals("1") && Math.abs(r[2] - r[3]) < 0.01 && r[2] > 40) {
                white = r;
                inQr = true;
                i++;
                continue;
            }
            if (inQr) {
                // the QR code may be drawn in its own units (a scaling "cm" after the white square)
                rectangles.add(new float[]{ctm[0] * r[0] + ctm[4], ctm[3] * r[1] + ctm[5], ctm[0] * r[2], ctm[3] * r[3]});
            }
        }
        if (white == null || rectangles.isEmpty()) {
            throw new AssertionError("No QR code drawing found on the page");
        }
        int side = Math.round(white[2] * PIXELS_PER_POINT);
        int margin = 20;
        int size = side + 2 * margin;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (float[] r : rectangles) {
            int x0 = Math.round((r[0] - white[0]) * PIXELS_PER_POINT) + margin;
            int x1 = Math.round((r[0] + r[2] - white[0]) * PIXELS_PER_POINT) + margin;
            // PDF y grows upwards, bitmap rows downwards
            int y0 = Math.round((white[1] + white[3] - (r[1] + r[3])) * PIXELS_PER_POINT) + margin;
            int y1 = Math.round((white[1] + white[3] - r[1]) * PIXELS_PER_POINT) + margin;
            for (int y = Math.max(0, y0); y < Math.min(size, y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(size, x1); x++) {
                    pixels[y * size + x] = 0xFF000000;
                }
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("The QR code on the page does not decode", e);
        }
    }
}
