package org.greenborder.academy.needs;

/**
 * One theme's line of a rating sheet: the stored level (null: not rated) and comment, and the version the editor
 * loaded, so a save over someone else's newer rating is refused rather than lost.
 */
public record SheetLine(String themeCode, String themeLabel, String themeDescription, Integer level, String comment,
                        Long version) {

    public SheetLine with(Integer level, String comment) {
        return new SheetLine(themeCode, themeLabel, themeDescription, level, comment, version);
    }
}
