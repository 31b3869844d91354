package org.greenborder.academy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String URL = "https://academy.example.org/check-in/3q2-Zx_9kLmN0pQrStUvWxYz";

    @Test
    void encodesTheUrlSoThatAScannerReadsItBack() throws Exception {
        byte[] png = QrCode.png(URL, 300);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(decode(image)).isEqualTo(URL);
    }

    @Test
    void leavesAQuietZoneAroundTheCode() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(URL, 300)));
        // The code has at most 41 + 8 modules across, so a module is at least 6 px: the outer 4 modules are white.
        for (int i = 0; i < 300; i++) {
            assertThat(image.getRGB(i, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(0, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(i, 299) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void takesTextUpToAThousandCharactersIncludingNonLatin() throws Exception {
        String longUrl = "https://academy.example.org/check-in/" + "x".repeat(QrCode.MAX_TEXT - 37);
        assertThat(longUrl).hasSize(QrCode.MAX_TEXT);
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCode.png(longUrl, 600))))).isEqualTo(longUrl);
        String lao = "https://academy.example.org/ຄຳເພັດ";
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCode.png(lao, 300))))).isEqualTo(lao);
    }

    @Test
    void refusesBlankOrTooLongTextAndUnreasonableSizes() {
        assertThatThrownBy(() -> QrCode.png(null, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.png("  ", 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.png("x".repeat(QrCode.MAX_TEXT + 1), 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> QrCode.png(URL, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.png(URL, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    static String decode(BufferedImage image) throws IOException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result result = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE,
                    DecodeHintType.CHARACTER_SET, "UTF-8"));
            return result.getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("No QR code found in the image", e);
        }
    }
}
