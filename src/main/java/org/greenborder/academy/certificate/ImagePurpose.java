package org.greenborder.academy.certificate;

/**
 * Where an uploaded image goes on the certificate, and the size it is scaled down to: about 200 dpi at the size it
 * is printed (logos at most 64 pt high, signatures 40 pt), sharp on paper and small in every PDF.
 */
public enum ImagePurpose {
    LOGO("Logo", 360, 160),
    SIGNATURE("Signature", 360, 120);

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
