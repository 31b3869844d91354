package org.greenborder.academy.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The /ActualText strings of a page content stream, decoded (UTF-16 with its byte order mark, or PDFDocEncoding). */
final class ActualText {

    private static final Pattern MARK = Pattern.compile("/ActualText\\s*(<[0-9A-Fa-f\\s]*>|\\()");

    private ActualText() {
    }

    static List<String> in(String content) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = MARK.matcher(content);
        while (matcher.find()) {
            byte[] bytes;
            if (matcher.group(1).startsWith("<")) {
                bytes = HexFormat.of().parseHex(matcher.group(1).replaceAll("[<>\\s]", ""));
            } else {
                bytes = literal(content, matcher.end());
            }
            texts.add(decode(bytes));
        }
        return texts;
    }

    private static byte[] literal(String content, int from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int depth = 1;
        for (int i = from; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\') {
                char next = content.charAt(++i);
                if (next >= '0' && next <= '7') {
                    int end = i;
                    while (end < content.length() && end < i + 3 && content.charAt(end) >= '0' && content.charAt(end) <= '7') {
                        end++;
                    }
                    out.write(Integer.parseInt(content.substring(i, end), 8));
                    i = end - 1;
                } else {
                    out.write(switch (next) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> next;
                    });
                }
            } else if (c == '(') {
                depth++;
                out.write(c);
            } else if (c == ')') {
                if (--depth == 0) {
                    break;
                }
                out.write(c);
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
