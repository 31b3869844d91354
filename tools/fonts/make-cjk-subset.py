#!/usr/bin/python3
"""Builds src/main/resources/fonts/NotoSansCJKsc-Regular-Subset.ttf, the Chinese font of the generated PDFs.

Noto Sans CJK SC Regular is a 65,535-glyph CFF font (19 MB as a collection); certificates need only the Han characters
that occur in personal names. This takes the characters of

  * GB 2312 (6,763 hanzi) and the Table of General Standard Chinese Characters (Tongyong Guifan Hanzi Biao, 2013,
    8,105 hanzi, including its third level of characters used in personal and place names) for Simplified Chinese,
  * Big5 (13,053 hanzi, levels 1 and 2) and the Hong Kong List of Graphemes of Commonly-Used Chinese Characters
    (about 4,800) for Traditional Chinese,
  * CJK punctuation and fullwidth forms,

the Han sets taken from Unihan (Debian package unicode-data: fields kGB0, kTGH, kBigFive, kHKGlyph). It keeps only the
tables needed to draw horizontal text (Han needs no shaping: no GSUB/GPOS, no vertical metrics) and converts the cubic
CFF outlines to quadratic TrueType ones. Embedded as CFF (CIDFontType0C) by OpenPDF 3.0.5, a Chinese name came out
blank in poppler and took 64 kB for six characters, most likely because OpenPDF writes glyph ids where a CID-keyed CFF
font expects CIDs, and in a subset they differ (陳: glyph 14181, CID 43191). As TrueType (CIDFontType2, CID = glyph
id) it draws, and the same six characters take 2 kB.

Needs the Debian (12) packages fonts-noto-cjk, unicode-data and python3-fonttools. From the repository root:

    /usr/bin/python3 tools/fonts/make-cjk-subset.py [output.ttf]

The same inputs give the same bytes.
"""

import bz2
import sys
import unicodedata

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
POSTSCRIPT_NAME = "NotoSansCJKsc-Regular"
UNIHAN = "/usr/share/unicode/Unihan_{}.txt.bz2"
UNIHAN_FIELDS = {"OtherMappings": {"kGB0", "kTGH", "kBigFive"}, "DictionaryLikeData": {"kHKGlyph"}}
OUTPUT = "src/main/resources/fonts/NotoSansCJKsc-Regular-Subset.ttf"

# How far the quadratic curves may stray from the cubic ones, in font units (1,000 per em): 2 units are 0.03 pt in a
# 14 pt name, far below anything visible, and make the file 5 % smaller than fontTools' default of 1.
MAX_ERR = 2.0

PUNCTUATION = [
    0x0020, 0x00A0,  # spaces, so that a name with a space stays one run
    0x00B7,  # middle dot between the parts of a transliterated name (e.g. 阿沛·阿旺晋美)
    0x2027,  # hyphenation point, the middle dot of transliterated names in Taiwan
    0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
    *range(0x3000, 0x3040),  # CJK symbols and punctuation: ideographic space, 、。〃〇《》「」『』【】〜
    0x30FB, 0x30FC,  # katakana middle dot and prolonged sound mark, also seen in names
    *range(0xFF01, 0xFF5F),  # fullwidth ASCII: （）、，Ａ１ as typed by Chinese input methods
    *range(0xFF5F, 0xFF66),  # fullwidth white parentheses and halfwidth CJK punctuation
    *range(0xFFE0, 0xFFE7),  # fullwidth signs
]


def unihan_characters():
    characters = set()
    for file, fields in UNIHAN_FIELDS.items():
        with bz2.open(UNIHAN.format(file), "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#") or not line.strip():
                    continue
                code_point, field, _ = line.split("\t", 2)
                if field in fields:
                    characters.add(int(code_point[2:], 16))
    return characters


def source_font():
    for font in TTCollection(SOURCE).fonts:
        if font["name"].getDebugName(6) == POSTSCRIPT_NAME:
            return font
    raise SystemExit(f"{POSTSCRIPT_NAME} not found in {SOURCE}")


def subset_font(font, unicodes):
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]
    options.name_languages = [0x409]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    # One BMP and one full-range Unicode map are all that OpenPDF and Java read; the copies for other platforms and
    # the variation-sequence map (format 14) only take room.
    cmap = font["cmap"]
    cmap.tables = [table for table in cmap.tables
                   if (table.platformID, table.platEncID, table.format) in ((3, 1, 4), (3, 10, 12))]


def to_truetype(font):
    """Replaces the CFF outlines by TrueType ones (what fontTools' otf2ttf snippet does)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.maxPoints = maxp.maxContours = maxp.maxCompositePoints = maxp.maxCompositeContours = 0

    font["head"].glyphDataFormat = 0

    # OpenPDF keeps glyph ids when it embeds a subset, so every PDF carries the font's whole hmtx table: 16,000
    # advance widths and left side bearings, 18 kB even compressed, for a name of three characters. Nearly all glyphs
    # have the same advance width: put them last, where hmtx stores it once, and in order of left side bearing, where
    # the bearings compress to almost nothing. The glyph order is free; only the cmap refers to it.
    metrics = font["hmtx"].metrics
    widths = [width for width, _ in metrics.values()]
    common = max(set(widths), key=widths.count)
    order = [glyph_order[0]] + sorted(glyph_order[1:], key=lambda name: (metrics[name][0] == common, metrics[name][1]))
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    post = font["post"]
    post.formatType = 3.0  # no glyph names: nothing needs them, and they would take 150 kB
    post.extraNames = []
    post.mapping = {}


def mark_as_subset(font):
    """Says in the version string (name ID 5) that this is not the font as released; the names stay, as the OFL allows."""
    name = font["name"]
    version = name.getDebugName(5)
    name.setName(f"{version}; subset and converted to TrueType by tools/fonts/make-cjk-subset.py", 5, 3, 1, 0x409)


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else OUTPUT
    font = source_font()
    available = set(font.getBestCmap())
    wanted = {c for c in unihan_characters() | set(PUNCTUATION) if unicodedata.category(chr(c)) != "Cn"}
    unicodes = sorted(wanted & available)
    subset_font(font, unicodes)
    to_truetype(font)
    mark_as_subset(font)
    # Keep the source's modification date so that the same inputs give the same bytes.
    font.recalcTimestamp = False
    font.save(output)
    han = sum(1 for u in unicodes if 0x3400 <= u <= 0x9FFF or 0x20000 <= u <= 0x3FFFF or 0xF900 <= u <= 0xFAFF)
    print(f"{output}: {len(unicodes)} characters ({han} Han), {len(font.getGlyphOrder())} glyphs;"
          f" not in the font: {len(wanted - available)}")


if __name__ == "__main__":
    main()
