package org.greenborder.academy.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded property harness for hostile input. Each case draws its input from its own generator, seeded from
 * the run's seed and the case's index, so a failing case replays alone: the failure names the seed, the index and
 * the input, and {@code -Dhostile.case=<index>} runs only that case (with {@code -Dhostile.seed=<seed>} for another
 * seed than the test's).
 */
public final class Hostile {

    /** Characters that have meant something to some parser, shell, spreadsheet, browser or database. */
    public static final List<String> NASTY = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000B",
            "\u000C", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u200B", "\u200D", "\u200E", "\u200F",
            "\u202A", "\u202E", "\u2066", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
            "ຄຳເພັດ", "សុខា", "مرحبا", "שלום", "İ", "ß", "ﬁ", "Ω", "e\u0301", "\"", "'", "`", "\\", "/", "%", "%00", "%s", "%n",
            "${", "}", "#{", "{{", "<", ">", "&", "&amp;", "<script>alert(1)</script>", "javascript:", "=", "+", "-", "@",
            "=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0", ";", ",", ":", "|", "*", "?", "!", "~", "^", "[", "]", "(", ")",
            "{", "&&", "||", "--", "/*", "*/", "' OR '1'='1", "../", "..\\", "NaN", "Infinity", "-0", "1e309", "9".repeat(30));

    private final long seed;
    private final int cases;

    private Hostile(long seed, int cases) {
        this.seed = Long.getLong("hostile.seed", seed);
        this.cases = cases;
    }

    public static Hostile seed(long seed, int cases) {
        return new Hostile(seed, cases);
    }

    /**
     * Runs the property over every case. Anything thrown, an assertion or an escaped exception, fails the test with
     * the seed, the case's index and the input as Java would write it.
     */
    public <T> void check(Function<SplittableRandom, T> generator, Consumer<T> property) {
        Integer only = Integer.getInteger("hostile.case");
        for (int index = 0; index < cases; index++) {
            if (only != null && only != index) {
                continue;
            }
            T input = generator.apply(random(seed, index));
            try {
                property.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError("Hostile case failed: seed " + seed + ", case " + index
                        + " (replay with -Dhostile.seed=" + seed + " -Dhostile.case=" + index + ")\ninput: " + show(input)
                        + "\n" + failure, failure);
            }
        }
    }

    /** The generator of one case, the same whatever other cases ran before it. */
    public static SplittableRandom random(long seed, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** The input as a Java literal, shortened in the middle when long, so it can be pasted into a regression test. */
    public static String show(Object input) {
        String text = input instanceof byte[] bytes ? "bytes " + bytes.length + ": " + escape(new String(bytes, StandardCharsets.ISO_8859_1))
                : escape(String.valueOf(input));
        return text.length() <= 4000 ? text : text.substring(0, 2000) + " …[" + (text.length() - 4000) + " chars]… "
                + text.substring(text.length() - 2000);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    // ---- generators ---------------------------------------------------------------------------------------------

    public static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A string of mixed plain letters, digits and the {@link #NASTY} pieces, up to {@code maxLength} pieces long. */
    public static String text(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                text.append((char) ('a' + random.nextInt(26)));
            } else if (kind < 5) {
                text.append((char) ('0' + random.nextInt(10)));
            } else if (kind < 6) {
                text.append(' ');
            } else if (kind < 9) {
                text.append(pick(random, NASTY));
            } else {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return text.toString();
    }

    /** The bytes with one of a file's usual injuries: flipped bits, cut short, bytes inserted or removed, a BOM, NULs. */
    public static byte[] mutateBytes(SplittableRandom random, byte[] original) {
        byte[] bytes = original.clone();
        int times = 1 + random.nextInt(4);
        for (int t = 0; t < times && bytes.length > 0; t++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> bytes = splice(bytes, at, 0, randomBytes(random, 1 + random.nextInt(8)));
                case 3 -> bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(16)), new byte[0]);
                case 4 -> bytes = splice(bytes, 0, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case 5 -> bytes = splice(bytes, at, 0, new byte[]{0});
                default -> bytes = splice(bytes, at, 0, pick(random, List.of(new byte[]{(byte) 0xC3}, new byte[]{(byte) 0xFF, (byte) 0xFE},
                        new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xE9})));
            }
        }
        return bytes;
    }

    public static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    /** The lines with some deleted, duplicated, swapped or replaced by hostile text. */
    public static List<String> mutateLines(SplittableRandom random, List<String> original, Function<SplittableRandom, String> hostileLine) {
        List<String> lines = new java.util.ArrayList<>(original);
        int times = 1 + random.nextInt(4);
        for (int t = 0; t < times && !lines.isEmpty(); t++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, hostileLine.apply(random));
                default -> lines.add(at, hostileLine.apply(random));
            }
        }
        return lines;
    }
}
