package org.greenborder.academy.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reading a composed YAML tree field by field, so that every problem carries the line and column of the node it
 * is about. Missing required fields, unknown fields, wrong types and bad enum values are recorded and reading goes
 * on, so one pass reports all of a file's problems.
 */
final class YamlNodes {

    private final String file;
    private final List<ScenarioProblem> problems;

    YamlNodes(String file, List<ScenarioProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(Node node, String message) {
        int line = node == null ? 0 : node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
        int column = node == null ? 0 : node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
        problems.add(new ScenarioProblem(file, line, column, message));
    }

    /** A mapping's fields by name; unknown and repeated names are problems. Null if the node is not a mapping. */
    Fields fields(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of fields (name: value)");
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "field names must be plain words");
                continue;
            }
            String name = key.getValue();
            if (!allowed.contains(name)) {
                problem(key, "unknown field '" + name + "' in " + what + suggestion(name, allowed));
            } else if (values.containsKey(name)) {
                problem(key, "field '" + name + "' appears twice in " + what);
            } else {
                values.put(name, tuple.getValueNode());
                keys.put(name, key);
            }
        }
        return new Fields(node, what, values);
    }

    private static String suggestion(String name, Set<String> allowed) {
        String lower = name.toLowerCase(Locale.ROOT);
        return allowed.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).equals(lower)
                        || candidate.toLowerCase(Locale.ROOT).replace("-", "").equals(lower.replace("_", "").replace("-", "")))
                .findFirst().map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse(" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
    }

    final class Fields {
        private final Node node;
        private final String what;
        private final Map<String, Node> values;

        private Fields(Node node, String what, Map<String, Node> values) {
            this.node = node;
            this.what = what;
            this.values = values;
        }

        Node node() {
            return node;
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        Node get(String name) {
            return values.get(name);
        }

        Node require(String name) {
            Node value = values.get(name);
            if (value == null) {
                problem(node, what + " needs the field '" + name + "'");
            }
            return value;
        }

        String text(String name, boolean required) {
            Node value = required ? require(name) : values.get(name);
            return value == null ? null : scalar(value, what + "." + name);
        }

        Integer integer(String name, boolean required, int min) {
            Node value = required ? require(name) : values.get(name);
            if (value == null) {
                return null;
            }
            String text = scalar(value, what + "." + name);
            if (text == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(text.strip());
                if (number < min) {
                    problem(value, what + "." + name + " must be at least " + min + ", not " + number);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problem(value, what + "." + name + " must be a whole number, not '" + text + "'");
                return null;
            }
        }

        Double number(String name, boolean required) {
            Node value = required ? require(name) : values.get(name);
            String text = value == null ? null : scalar(value, what + "." + name);
            if (text == null) {
                return null;
            }
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                problem(value, what + "." + name + " must be a number, not '" + text + "'");
                return null;
            }
        }

        Boolean bool(String name, boolean required) {
            Node value = required ? require(name) : values.get(name);
            String text = value == null ? null : scalar(value, what + "." + name);
            if (text == null) {
                return null;
            }
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    problem(value, what + "." + name + " must be true or false, not '" + text + "'");
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
            Node value = required ? require(name) : values.get(name);
            String text = value == null ? null : scalar(value, what + "." + name);
            return text == null ? null : YamlNodes.this.enumValue(value, text, type, what + "." + name);
        }

        List<String> texts(String name, boolean required) {
            Node value = required ? require(name) : values.get(name);
            if (value == null) {
                return List.of();
            }
            return YamlNodes.this.list(value, what + "." + name, item -> scalar(item, what + "." + name + " item"));
        }

        <T> List<T> list(String name, boolean required, Function<Node, T> reader) {
            Node value = required ? require(name) : values.get(name);
            return value == null ? List.of() : YamlNodes.this.list(value, what + "." + name, reader);
        }
    }

    <E extends Enum<E>> E enumValue(Node node, String text, Class<E> type, String what) {
        String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant)) {
                return candidate;
            }
        }
        problem(node, what + " must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                .map(YamlNodes::yamlName).toList()) + ", not '" + text + "'");
        return null;
    }

    static String yamlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(node, what + " must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"));
        return null;
    }

    <T> List<T> list(Node node, String what, Function<Node, T> reader) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, what + " must be a list");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            T value = reader.apply(item);
            if (value != null) {
                items.add(value);
            }
        }
        return List.copyOf(items);
    }
}
