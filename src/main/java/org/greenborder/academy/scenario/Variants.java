package org.greenborder.academy.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.greenborder.academy.scenario.ScenarioDefinition.*;

/**
 * One attempt's shipment: every variable drawn from the attempt's seed, in the order the file defines them, so
 * neighbours get different but equivalent shipments and the same seed always gives the same one.
 */
public final class Variants {

    private final Map<String, Object> values;

    private Variants(Map<String, Object> values) {
        this.values = values;
    }

    public static Variants draw(ScenarioDefinition scenario, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Object> values = new LinkedHashMap<>();
        scenario.variables().forEach((name, variable) -> values.put(name, value(variable, random.split(), values)));
        return new Variants(Map.copyOf(values));
    }

    private static Object value(Variable variable, SplittableRandom random, Map<String, Object> earlier) {
        return switch (variable) {
            case Choice choice -> choice.options().get(random.nextInt(choice.options().size()));
            case IntegerRange range -> {
                // in long: max - min of a range from below zero to above it does not fit an int
                long steps = ((long) range.max() - range.min()) / range.step();
                long value = range.min() + random.nextLong(steps + 1) * range.step();
                yield range.grouped() ? String.format(Locale.ROOT, "%,d", value) : String.valueOf(value);
            }
            case DateRange range -> {
                long days = range.to().toEpochDay() - range.from().toEpochDay();
                LocalDate date = range.from().plusDays(random.nextLong(days + 1));
                yield DateTimeFormatter.ofPattern(range.format(), Locale.ENGLISH).format(date);
            }
            case Product product -> {
                double base = Double.parseDouble(String.valueOf(earlier.get(product.of())).replace(",", ""));
                yield String.format(Locale.ROOT, "%" + (product.grouped() ? "," : "") + "." + product.decimals() + "f", base * product.times());
            }
            case CodePattern code -> {
                StringBuilder text = new StringBuilder();
                for (char c : code.pattern().toCharArray()) {
                    text.append(switch (c) {
                        case '#' -> (char) ('0' + random.nextInt(10));
                        case '@' -> (char) ('A' + random.nextInt(26));
                        default -> c;
                    });
                }
                yield text.toString();
            }
            case Container container -> {
                String owner = container.owners().get(random.nextInt(container.owners().size()));
                String firstTen = owner + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
                int check = ContainerNumber.checkDigit(firstTen);
                // a deliberately wrong digit is never the right one, and differs from it by 1 to 9
                int digit = container.validCheckDigit() ? check : (check + 1 + random.nextInt(9)) % 10;
                yield firstTen + digit;
            }
        };
    }

    /** The text with every placeholder filled; an unknown placeholder (never in a checked file) stays as written. */
    public String fill(String text) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher matcher = ScenarioChecks.PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(lookup(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private String lookup(String reference, String asWritten) {
        String[] parts = reference.split("\\.", 2);
        Object value = values.get(parts[0]);
        if (value instanceof Map<?, ?> map) {
            Object field = parts.length == 2 ? map.get(parts[1]) : null;
            return field == null ? asWritten : field.toString();
        }
        return value == null || parts.length == 2 ? asWritten : value.toString();
    }

    public Map<String, Object> values() {
        return values;
    }
}
