package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ImageUploadsTest {

    @Test
    void aLargeTransparentLogoIsScaledForPrintAndStaysTransparentPng() throws IOException {
        ImageUploads.Stored stored = ImageUploads.prepare(TestImages.logo(), ImagePurpose.LOGO);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.height()).isEqualTo(ImagePurpose.LOGO.maxHeight());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.sha256()).hasSize(64);
    }

    @Test
    void anOpaquePhotoBecomesTheSmallerEncodingWithinTheSignatureBox() {
        ImageUploads.Stored stored = ImageUploads.prepare(TestImages.opaque(2000, 900, "jpeg"), ImagePurpose.SIGNATURE);
        assertThat(stored.width()).isLessThanOrEqualTo(ImagePurpose.SIGNATURE.maxWidth());
        assertThat(stored.height()).isLessThanOrEqualTo(ImagePurpose.SIGNATURE.maxHeight());
        assertThat(stored.contentType()).isIn("image/png", "image/jpeg");
    }

    @Test
    void whatIsNotAPngOrJpegIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ImageUploads.prepare("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), ImagePurpose.LOGO))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a PNG or JPEG");
        assertThatThrownBy(() -> ImageUploads.prepare(TestImages.opaque(100, 100, "gif"), ImagePurpose.LOGO))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("PNG or JPEG");
        assertThatThrownBy(() -> ImageUploads.prepare(new byte[0], ImagePurpose.LOGO))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("empty");
    }

    @Test
    void aTruncatedFileIsRefused() {
        byte[] png = TestImages.logo();
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 3);
        assertThatThrownBy(() -> ImageUploads.prepare(truncated, ImagePurpose.LOGO)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aHugePictureIsRefusedFromItsHeaderAndAnOversizedFileFromItsLength() {
        // a valid PNG header announcing 50,000 × 50,000 pixels: refused before any pixel is decoded
        byte[] bomb = TestImages.opaque(20, 20, "png");
        java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(50_000).putInt(50_000);
        assertThatThrownBy(() -> ImageUploads.prepare(bomb, ImagePurpose.LOGO)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> ImageUploads.prepare(new byte[ImageUploads.MAX_UPLOAD_BYTES + 1], ImagePurpose.LOGO))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2 MB");
        assertThatThrownBy(() -> ImageUploads.prepare(TestImages.opaque(8, 8, "png"), ImagePurpose.LOGO))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("too small");
    }
}
