package org.greenborder.academy.guidance;

/** One file of the corpus: where it was found (relative to the corpus root) and its text. */
record ContentFile(String path, String text) {
}
