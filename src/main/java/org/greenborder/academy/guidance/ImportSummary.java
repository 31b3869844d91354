package org.greenborder.academy.guidance;

/** What one import of content/ did. */
public record ImportSummary(int files, int created, int updated, int unchanged, int archived, int skipped) {
}
