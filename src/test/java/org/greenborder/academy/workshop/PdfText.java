package org.greenborder.academy.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The text of a generated PDF, page by page, with line breaks and runs of spaces folded into single spaces. */
record PdfText(List<String> pages) {

    static PdfText of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " ").strip());
            }
            return new PdfText(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String all() {
        return String.join(" ", pages);
    }

    String page(int number) {
        return pages.get(number - 1);
    }
}
