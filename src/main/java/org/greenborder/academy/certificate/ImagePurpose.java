package org.greenborder.academy.certificate;

/**
 * Where an uploaded image goes on the certificate, and the size it is scaled down to: about 160 to 180 dpi at the
 * size it is printed (logos at most 64 pt high, signatures 40 pt), sharp enough on paper and small in every PDF
 * (images with transparency go into the PDF unpredicted, as colour plus mask, so every pixel counts).
 */
public enum ImagePurpose {
    LOGO("Logo", 320, 140),
    SIGNATURE("Signature", 300, 100);

    private final String label;
    private final int maxWidth;
    private final int maxHeight;

    ImagePurpose(String label, int maxWidth, int maxHeight) {
        this.label = label;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    public String label() {
        return label;
    }

    int maxWidth() {
        return maxWidth;
    }

    int maxHeight() {
        return maxHeight;
    }
}
