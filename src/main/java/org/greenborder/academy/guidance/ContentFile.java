package org.greenborder.academy.guidance;

/**
 * One file of the corpus: where it was found (relative to the corpus root) and its text, or why it could not be
 * read (then text is null).
 */
record ContentFile(String path, String text, String readError) {

    ContentFile(String path, String text) {
        this(path, text, null);
    }

    static ContentFile unreadable(String path, String reason) {
        return new ContentFile(path, null, reason);
    }
}
