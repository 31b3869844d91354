package org.greenborder.academy.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenborder.academy.scenario.ScenarioDefinition.*;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one scenario file into a {@link ScenarioDefinition}, then checks it ({@link ScenarioChecks}): the result is
 * either a definition with no problems or the list of problems, each at its line and column.
 */
public final class ScenarioReader {

    /** The largest scenario file read; a bigger one is refused before parsing. */
    public static final int MAX_FILE_CHARS = 512 * 1024;
    /**
     * The deepest nesting of lists and mappings read. A scenario needs about a dozen levels; SnakeYAML's composer
     * recurses once per level, so a file of nothing but brackets would otherwise end in a StackOverflowError.
     */
    static final int MAX_DEPTH = 32;

    /** A guidance id named by a red flag, where it is written: checked against the library by whoever knows it. */
    public record GuidanceLink(String flagId, String guidanceId, int line, int column) {
    }

    public record Result(ScenarioDefinition definition, List<ScenarioProblem> problems, List<GuidanceLink> guidanceLinks) {

        Result(ScenarioDefinition definition, List<ScenarioProblem> problems) {
            this(definition, problems, List.of());
        }

        public boolean valid() {
            return definition != null && problems.isEmpty();
        }
    }

    /** Where things are declared and referenced, for the checks after reading. */
    record Reference(String kind, String id, Node node) {
    }

    private static final Set<String> TOP = Set.of("id", "title", "version", "language", "conventions", "difficulty",
            "minutes", "timeLimitMinutes", "mode", "topics", "learningObjectives", "briefing", "variables", "budget",
            "documents", "intelligence", "redFlags", "legalBases", "stages", "endings", "scoring");
    /** The fields each kind of mapping may have; scenarios/schema.json must list the same (ScenarioSchemaTest). */
    static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("scenario", TOP),
            Map.entry("briefing", Set.of("post", "port", "date", "text")),
            Map.entry("variable", Set.of("choice", "integer", "date", "product", "code", "container")),
            Map.entry("integer", Set.of("min", "max", "step", "grouped")),
            Map.entry("date", Set.of("from", "to", "format")),
            Map.entry("product", Set.of("of", "times", "decimals", "grouped")),
            Map.entry("container", Set.of("owners", "checkDigit")),
            Map.entry("budget", Set.of("minutes", "delayHours")),
            Map.entry("document", Set.of("id", "kind", "title", "fields", "table", "notes", "label")),
            Map.entry("field", Set.of("label", "value")),
            Map.entry("table", Set.of("columns", "rows")),
            Map.entry("label", Set.of("product", "chemicalName", "formula", "un", "netWeight",
                "refillable", "colour", "markings")),
            Map.entry("intelligence", Set.of("id", "kind", "title", "text")),
            Map.entry("redFlag", Set.of("id", "text", "genuine", "points", "explanation",
                "guidance", "visibleAfter")),
            Map.entry("legalBasis", Set.of("id", "text")),
            Map.entry("stage", Set.of("id", "title", "text", "documents", "intelligence", "actions", "decision")),
            Map.entry("action", Set.of("id", "kind", "label", "minutes", "delayHours", "reveals",
                "documents", "warranted")),
            Map.entry("decision", Set.of("prompt", "options")),
            Map.entry("option", Set.of("id", "kind", "label", "next")),
            Map.entry("route", Set.of("when", "goto")),
            Map.entry("when", Set.of("found", "minPoints")),
            Map.entry("ending", Set.of("id", "title", "verdict", "points", "legalBasis",
                "heldLegitimate", "text")),
            Map.entry("scoring", Set.of("passMark", "falseFlag", "unnecessaryAction",
                "legalBasis", "heldLegitimate", "time")),
            Map.entry("time", Set.of("points", "withinMinutes")));

    static final Set<String> CONVENTIONS = java.util.Arrays.stream(org.greenborder.academy.shared.Convention.values())
            .map(org.greenborder.academy.shared.Convention::code).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final String file;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final YamlNodes yaml;
    final List<Reference> references = new ArrayList<>();
    private final List<GuidanceLink> guidanceLinks = new ArrayList<>();
    final Map<String, Node> declarations = new LinkedHashMap<>();
    final Map<String, String> declaredKinds = new LinkedHashMap<>();

    private ScenarioReader(String file) {
        this.file = file;
        this.yaml = new YamlNodes(file, problems);
    }

    public static Result read(String file, String text) {
        ScenarioReader reader = new ScenarioReader(file);
        if (text.length() > MAX_FILE_CHARS) {
            reader.problems.add(new ScenarioProblem(file, 1, 1, "the file is larger than " + MAX_FILE_CHARS / 1024 + " KB"));
            return new Result(null, reader.problems);
        }
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
                    .setMaxAliasesForCollections(20).setCodePointLimit(MAX_FILE_CHARS * 4).build();
            ScenarioProblem shape = shapeProblem(file, settings, text);
            if (shape != null) {
                reader.problems.add(shape);
                return new Result(null, reader.problems);
            }
            Optional<Node> composed = new Compose(settings).composeString(text);
            if (composed.isEmpty()) {
                reader.problems.add(new ScenarioProblem(file, 1, 1, "the file is empty"));
                return new Result(null, reader.problems);
            }
            root = composed.get();
        } catch (MarkedYamlEngineException e) {
            var mark = e.getProblemMark().or(e::getContextMark);
            reader.problems.add(new ScenarioProblem(file, mark.map(m -> m.getLine() + 1).orElse(1),
                    mark.map(m -> m.getColumn() + 1).orElse(1), "not valid YAML: " + e.getProblem()));
            return new Result(null, reader.problems);
        } catch (ReaderException e) {
            reader.problems.add(unprintable(file, text, e.getCodePoint()));
            return new Result(null, reader.problems);
        } catch (YamlEngineException e) {
            reader.problems.add(new ScenarioProblem(file, 1, 1, "not valid YAML: " + e.getMessage()));
            return new Result(null, reader.problems);
        }
        ScenarioDefinition definition = reader.scenario(root);
        if (definition != null) {
            new ScenarioChecks(definition, reader, reader.yaml).run(root);
        }
        List<ScenarioProblem> sorted = reader.problems.stream().sorted().distinct().toList();
        return new Result(sorted.isEmpty() ? definition : null, sorted, List.copyOf(reader.guidanceLinks));
    }

    /**
     * Nesting too deep, or an alias inside the list or mapping it names (which makes a tree without end): found in
     * the parser's events, before the composer, which would recurse without limit on either.
     */
    private static ScenarioProblem shapeProblem(String file, LoadSettings settings, String text) {
        java.util.Deque<Optional<org.snakeyaml.engine.v2.common.Anchor>> open = new java.util.ArrayDeque<>();
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent start) {
                if (open.size() == MAX_DEPTH) {
                    return at(file, event, "nested more than " + MAX_DEPTH + " levels deep; a scenario needs far fewer");
                }
                open.push(start.getAnchor());
            } else if (event instanceof CollectionEndEvent) {
                open.poll();
            } else if (event instanceof AliasEvent alias && open.contains(Optional.of(alias.getAlias()))) {
                return at(file, event, "the alias *" + alias.getAlias().getValue() + " is inside what it names, which never ends");
            }
        }
        return null;
    }

    /**
     * A control character YAML forbids, where it is: SnakeYAML says only "special characters are not allowed", with
     * no line, and such a character is invisible in most editors. The first one in the text is where reading stopped.
     */
    private static ScenarioProblem unprintable(String file, String text, int codePoint) {
        int index = Math.max(0, text.indexOf(Character.toString(codePoint)));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new ScenarioProblem(file, line, text.codePointCount(lineStart, index) + 1, String.format(java.util.Locale.ROOT,
                "not valid YAML: the character U+%04X is not allowed in a YAML file (most editors do not show it: delete it)", codePoint));
    }

    private static ScenarioProblem at(String file, Event event, String message) {
        return new ScenarioProblem(file, event.getStartMark().map(m -> m.getLine() + 1).orElse(1),
                event.getStartMark().map(m -> m.getColumn() + 1).orElse(1), message);
    }

    private void declare(String kind, String id, Node node) {
        if (id == null) {
            return;
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            yaml.problem(node, kind + " id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        String key = kind.equals("scenario") ? "scenario" : "item:" + id;
        if (declarations.containsKey(key)) {
            yaml.problem(node, "the id '" + id + "' is used twice (ids of documents, intelligence, red flags, legal bases, "
                    + "stages, actions and endings must be unique within the scenario)");
        } else {
            declarations.put(key, node);
            declaredKinds.put(id, kind);
        }
    }

    private void refer(String kind, String id, Node node) {
        if (id != null) {
            references.add(new Reference(kind, id, node));
        }
    }

    private ScenarioDefinition scenario(Node root) {
        YamlNodes.Fields f = yaml.fields(root, "the scenario", FIELDS.get("scenario"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        if (id != null) {
            declare("scenario", id, f.get("id"));
            String base = file.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
            if (!base.equals(id)) {
                yaml.problem(f.get("id"), "the id '" + id + "' must equal the file name without .yaml ('" + base + "')");
            }
        }
        String title = f.text("title", true);
        Integer version = f.integer("version", true, 1);
        String language = f.text("language", true);
        if (language != null && !language.matches("[a-z]{2}")) {
            yaml.problem(f.get("language"), "language must be a two-letter ISO 639-1 code such as 'en'");
        }
        List<String> conventions = f.texts("conventions", true);
        for (int i = 0; i < conventions.size(); i++) {
            if (!CONVENTIONS.contains(conventions.get(i))) {
                yaml.problem(((SequenceNode) f.get("conventions")).getValue().get(i),
                        "convention '" + conventions.get(i) + "' must be one of basel, montreal, rotterdam, stockholm");
            }
        }
        if (f.has("conventions") && conventions.isEmpty()) {
            yaml.problem(f.get("conventions"), "conventions must name at least one convention");
        }
        Difficulty difficulty = f.enumValue("difficulty", Difficulty.class, true);
        Integer minutes = f.integer("minutes", true, 1);
        Integer limit = f.integer("timeLimitMinutes", false, 1);
        Mode mode = f.has("mode") ? f.enumValue("mode", Mode.class, false) : Mode.INDIVIDUAL;
        List<String> topics = f.texts("topics", true);
        List<String> objectives = f.texts("learningObjectives", true);
        if (f.has("learningObjectives") && objectives.isEmpty()) {
            yaml.problem(f.get("learningObjectives"), "learningObjectives must list at least one objective");
        }
        Briefing briefing = f.has("briefing") ? briefing(f.require("briefing")) : missing(f, "briefing");
        Map<String, Variable> variables = f.has("variables") ? variables(f.get("variables")) : Map.of();
        Budget budget = f.has("budget") ? budget(f.get("budget")) : missing(f, "budget");
        List<Document> documents = f.list("documents", true, this::document);
        List<Intelligence> intelligence = f.list("intelligence", false, this::intelligence);
        List<RedFlag> flags = f.list("redFlags", true, this::redFlag);
        List<LegalBasis> bases = f.list("legalBases", true, this::legalBasis);
        List<Stage> stages = f.list("stages", true, this::stage);
        List<Ending> endings = f.list("endings", true, this::ending);
        Rubric rubric = f.has("scoring") ? rubric(f.get("scoring")) : missing(f, "scoring");
        if (id == null || title == null || version == null || language == null || difficulty == null || minutes == null
                || mode == null || briefing == null || budget == null || rubric == null) {
            return null;
        }
        return new ScenarioDefinition(id, title, version, language, conventions, difficulty, minutes, limit, mode, topics,
                objectives, briefing, variables, budget, documents, intelligence, flags, bases, stages, endings, rubric);
    }

    private <T> T missing(YamlNodes.Fields f, String name) {
        f.require(name);
        return null;
    }

    private Briefing briefing(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "briefing", FIELDS.get("briefing"));
        if (f == null) {
            return null;
        }
        String date = f.text("date", true);
        if (date != null && !date.contains("${")) {
            isoDate(f.get("date"), date, "briefing.date");
        }
        String post = f.text("post", true);
        String port = f.text("port", true);
        String text = f.text("text", true);
        return post == null || port == null || date == null || text == null ? null : new Briefing(post, port, date, text);
    }

    private LocalDate isoDate(Node node, String text, String what) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            yaml.problem(node, what + " must be a date written yyyy-mm-dd, not '" + text + "'");
            return null;
        }
    }

    private Map<String, Variable> variables(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            yaml.problem(node, "variables must be a mapping of names to definitions");
            return Map.of();
        }
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : null;
            if (name == null || !name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
                yaml.problem(tuple.getKeyNode(), "variable names must be letters and digits, starting with a letter");
                continue;
            }
            if (variables.containsKey(name)) {
                yaml.problem(tuple.getKeyNode(), "variable '" + name + "' is defined twice");
                continue;
            }
            Variable variable = variable(name, tuple.getValueNode(), variables);
            if (variable != null) {
                variables.put(name, variable);
            }
            declarations.put("variable:" + name, tuple.getKeyNode());
        }
        return variables;
    }

    private Variable variable(String name, Node node, Map<String, Variable> earlier) {
        String what = "variable '" + name + "'";
        YamlNodes.Fields f = yaml.fields(node, what, FIELDS.get("variable"));
        if (f == null) {
            return null;
        }
        List<String> kinds = List.of("choice", "integer", "date", "product", "code", "container").stream().filter(f::has).toList();
        if (kinds.size() != 1) {
            yaml.problem(node, what + " must have exactly one of choice, integer, date, product, code, container");
            return null;
        }
        Node body = f.get(kinds.getFirst());
        return switch (kinds.getFirst()) {
            case "choice" -> choice(body, what);
            case "integer" -> {
                YamlNodes.Fields g = yaml.fields(body, what + ".integer", FIELDS.get("integer"));
                if (g == null) {
                    yield null;
                }
                Integer min = g.integer("min", true, Integer.MIN_VALUE);
                Integer max = g.integer("max", true, Integer.MIN_VALUE);
                Integer step = g.has("step") ? g.integer("step", false, 1) : Integer.valueOf(1);
                if (min == null || max == null || step == null) {
                    yield null;
                }
                if (max < min) {
                    yaml.problem(body, what + ": max (" + max + ") is below min (" + min + ")");
                    yield null;
                }
                Boolean grouped = g.has("grouped") ? g.bool("grouped", false) : Boolean.FALSE;
                yield grouped == null ? null : new IntegerRange(min, max, step, grouped);
            }
            case "date" -> {
                YamlNodes.Fields g = yaml.fields(body, what + ".date", FIELDS.get("date"));
                if (g == null) {
                    yield null;
                }
                String fromText = g.text("from", true);
                String toText = g.text("to", true);
                LocalDate from = fromText == null ? null : isoDate(g.get("from"), fromText, what + ".date.from");
                LocalDate to = toText == null ? null : isoDate(g.get("to"), toText, what + ".date.to");
                String format = g.has("format") ? g.text("format", false) : "yyyy-MM-dd";
                if (format != null) {
                    try {
                        DateTimeFormatter.ofPattern(format, java.util.Locale.ENGLISH).format(LocalDate.of(2025, 1, 1));
                    } catch (IllegalArgumentException | java.time.DateTimeException e) {
                        // a pattern of times or zones (HH, VV) parses, then fails on a date alone
                        yaml.problem(g.get("format"), what + ": '" + format + "' is not a date format (" + e.getMessage() + ")");
                        format = null;
                    }
                }
                if (from == null || to == null || format == null) {
                    yield null;
                }
                if (to.isBefore(from)) {
                    yaml.problem(body, what + ": 'to' (" + to + ") is before 'from' (" + from + ")");
                    yield null;
                }
                yield new DateRange(from, to, format);
            }
            case "product" -> {
                YamlNodes.Fields g = yaml.fields(body, what + ".product", FIELDS.get("product"));
                if (g == null) {
                    yield null;
                }
                String of = g.text("of", true);
                Double times = g.number("times", true);
                Integer decimals = g.has("decimals") ? g.integer("decimals", false, 0) : Integer.valueOf(0);
                if (of != null && !(earlier.get(of) instanceof IntegerRange) && !(earlier.get(of) instanceof Product)) {
                    yaml.problem(g.get("of"), what + ": 'of' must name an integer or product variable defined above it, not '" + of + "'");
                    yield null;
                }
                Boolean grouped = g.has("grouped") ? g.bool("grouped", false) : Boolean.FALSE;
                yield of == null || times == null || decimals == null || grouped == null ? null : new Product(of, times, decimals, grouped);
            }
            case "code" -> {
                String pattern = yaml.scalar(body, what + ".code");
                if (pattern != null && !pattern.contains("#") && !pattern.contains("@")) {
                    yaml.problem(body, what + ": a code pattern needs # (a digit) or @ (a capital letter)");
                    yield null;
                }
                yield pattern == null ? null : new CodePattern(pattern);
            }
            default -> {
                YamlNodes.Fields g = yaml.fields(body, what + ".container", FIELDS.get("container"));
                if (g == null) {
                    yield null;
                }
                List<String> owners = g.texts("owners", true);
                for (String owner : owners) {
                    if (!owner.matches("[A-Z]{3}[UJZ]")) {
                        yaml.problem(g.get("owners"), what + ": owner prefix '" + owner
                                + "' must be three capital letters and the category U, J or Z (ISO 6346), e.g. MSKU");
                    }
                }
                String check = g.text("checkDigit", true);
                if (check != null && !check.equals("valid") && !check.equals("wrong")) {
                    yaml.problem(g.get("checkDigit"), what + ": checkDigit must be 'valid' or 'wrong', not '" + check + "'");
                    yield null;
                }
                yield owners.isEmpty() || check == null ? null : new Container(owners, check.equals("valid"));
            }
        };
    }

    private Variable choice(Node node, String what) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            yaml.problem(node, what + ".choice must be a non-empty list of values or of mappings");
            return null;
        }
        List<Object> options = new ArrayList<>();
        Set<String> firstKeys = null;
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                options.add(scalar.getValue());
            } else if (item instanceof MappingNode mapping) {
                Map<String, String> values = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = yaml.scalar(tuple.getKeyNode(), what + " option field");
                    String value = yaml.scalar(tuple.getValueNode(), what + " option value");
                    if (key != null && value != null) {
                        values.put(key, value);
                    }
                }
                if (firstKeys == null) {
                    firstKeys = values.keySet();
                } else if (!firstKeys.equals(values.keySet())) {
                    yaml.problem(item, what + ": every option must have the same fields " + firstKeys + ", this one has " + values.keySet());
                }
                options.add(Map.copyOf(values));
            } else {
                yaml.problem(item, what + ".choice items must be values or mappings of values");
            }
        }
        boolean mixed = options.stream().anyMatch(o -> o instanceof String) && options.stream().anyMatch(o -> o instanceof Map);
        if (mixed) {
            yaml.problem(node, what + ": choose either plain values or mappings, not both");
        }
        return new Choice(List.copyOf(options));
    }

    private Budget budget(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "budget", FIELDS.get("budget"));
        if (f == null) {
            return null;
        }
        Integer minutes = f.integer("minutes", true, 1);
        Integer delay = f.integer("delayHours", true, 0);
        return minutes == null || delay == null ? null : new Budget(minutes, delay);
    }

    private Document document(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "document", FIELDS.get("document"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("document", id, f.get("id"));
        DocumentKind kind = f.enumValue("kind", DocumentKind.class, true);
        String title = f.text("title", true);
        List<Field> fields = f.list("fields", false, this::field);
        Table table = f.has("table") ? table(f.get("table")) : null;
        String notes = f.text("notes", false);
        Label label = f.has("label") ? label(f.get("label")) : null;
        if (kind == DocumentKind.CYLINDER_LABEL && !f.has("label")) {
            yaml.problem(node, "a cylinder-label document needs 'label' (what is printed on the cylinder)");
        }
        if (f.has("label") && kind != null && kind != DocumentKind.CYLINDER_LABEL) {
            yaml.problem(f.get("label"), "'label' is only for documents of kind cylinder-label");
        }
        if (fields.isEmpty() && table == null && notes == null && label == null && kind != null && id != null) {
            yaml.problem(node, "document '" + id + "' shows nothing: give it fields, a table, notes or a label");
        }
        return id == null || kind == null || title == null ? null : new Document(id, kind, title, fields, table, notes, label);
    }

    private Field field(Node node) {
        if (node instanceof SequenceNode pair) {
            if (pair.getValue().size() != 2) {
                yaml.problem(node, "a document field written as a list must be [label, value]");
                return null;
            }
            String label = yaml.scalar(pair.getValue().get(0), "field label");
            String value = yaml.scalar(pair.getValue().get(1), "field value");
            return label == null || value == null ? null : new Field(label, value);
        }
        YamlNodes.Fields f = yaml.fields(node, "document field", FIELDS.get("field"));
        if (f == null) {
            return null;
        }
        String label = f.text("label", true);
        String value = f.text("value", true);
        return label == null || value == null ? null : new Field(label, value);
    }

    private Table table(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "table", FIELDS.get("table"));
        if (f == null) {
            return null;
        }
        List<String> columns = f.texts("columns", true);
        List<List<String>> rows = f.list("rows", true, row -> {
            List<String> cells = yaml.list(row, "table row", cell -> yaml.scalar(cell, "table cell"));
            if (row instanceof SequenceNode && cells.size() != columns.size()) {
                yaml.problem(row, "this row has " + cells.size() + " cells but the table has " + columns.size() + " columns");
            }
            return cells;
        });
        return new Table(columns, rows);
    }

    private Label label(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "label", FIELDS.get("label"));
        if (f == null) {
            return null;
        }
        String colour = f.text("colour", false);
        if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
            yaml.problem(f.get("colour"), "label.colour must be a colour written #rrggbb, not '" + colour + "'");
        }
        String product = f.text("product", true);
        return product == null ? null : new Label(product, f.text("chemicalName", false), f.text("formula", false),
                f.text("un", false), f.text("netWeight", false), f.bool("refillable", false), colour, f.texts("markings", false));
    }

    private Intelligence intelligence(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "intelligence item", FIELDS.get("intelligence"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("intelligence", id, f.get("id"));
        IntelligenceKind kind = f.enumValue("kind", IntelligenceKind.class, true);
        String title = f.text("title", true);
        String text = f.text("text", true);
        return id == null || kind == null || title == null || text == null ? null : new Intelligence(id, kind, title, text);
    }

    private RedFlag redFlag(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "red flag", FIELDS.get("redFlag"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("red flag", id, f.get("id"));
        String text = f.text("text", true);
        Boolean genuine = f.bool("genuine", true);
        Integer points = f.has("points") ? f.integer("points", false, Integer.MIN_VALUE) : Integer.valueOf(0);
        if (genuine != null && points != null) {
            if (genuine && points <= 0) {
                yaml.problem(f.has("points") ? f.get("points") : node, "a genuine red flag must earn points (points: 1 or more)");
            } else if (!genuine && points != 0) {
                yaml.problem(f.get("points"), "a distractor (genuine: false) earns no points; its cost is scoring.falseFlag");
            }
        }
        String explanation = f.text("explanation", true);
        List<String> guidance = f.texts("guidance", false);
        if (id != null && f.get("guidance") instanceof SequenceNode links) {
            for (int i = 0; i < guidance.size() && i < links.getValue().size(); i++) {
                Node at = links.getValue().get(i);
                guidanceLinks.add(new GuidanceLink(id, guidance.get(i), at.getStartMark().map(m -> m.getLine() + 1).orElse(0),
                        at.getStartMark().map(m -> m.getColumn() + 1).orElse(0)));
            }
        }
        List<String> after = f.texts("visibleAfter", false);
        if (f.has("visibleAfter")) {
            List<Node> items = f.get("visibleAfter") instanceof SequenceNode s ? s.getValue() : List.of();
            for (int i = 0; i < after.size() && i < items.size(); i++) {
                refer("stage or action", after.get(i), items.get(i));
            }
        }
        return id == null || text == null || genuine == null || points == null || explanation == null ? null
                : new RedFlag(id, text, genuine, points, explanation, guidance, after);
    }

    private LegalBasis legalBasis(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "legal basis", FIELDS.get("legalBasis"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("legal basis", id, f.get("id"));
        String text = f.text("text", true);
        return id == null || text == null ? null : new LegalBasis(id, text);
    }

    private Stage stage(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "stage", FIELDS.get("stage"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("stage", id, f.get("id"));
        String title = f.text("title", true);
        String text = f.text("text", true);
        List<String> documents = referencedList(f, "documents", "document");
        List<String> intelligence = referencedList(f, "intelligence", "intelligence");
        List<Action> actions = f.list("actions", false, this::action);
        Decision decision = f.has("decision") ? decision(f.get("decision")) : missing(f, "decision");
        return id == null || title == null || text == null || decision == null ? null
                : new Stage(id, title, text, documents, intelligence, actions, decision);
    }

    private List<String> referencedList(YamlNodes.Fields f, String name, String kind) {
        List<String> ids = f.texts(name, false);
        if (f.get(name) instanceof SequenceNode sequence) {
            for (int i = 0; i < ids.size() && i < sequence.getValue().size(); i++) {
                refer(kind, ids.get(i), sequence.getValue().get(i));
            }
        }
        return ids;
    }

    private Action action(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "action", FIELDS.get("action"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("action", id, f.get("id"));
        ActionKind kind = f.enumValue("kind", ActionKind.class, true);
        String label = f.text("label", true);
        Integer minutes = f.integer("minutes", true, 0);
        Integer delay = f.has("delayHours") ? f.integer("delayHours", false, 0) : Integer.valueOf(0);
        String reveals = f.text("reveals", true);
        List<String> documents = referencedList(f, "documents", "document");
        Boolean warranted = f.bool("warranted", true);
        return id == null || kind == null || label == null || minutes == null || delay == null || reveals == null || warranted == null
                ? null : new Action(id, kind, label, minutes, delay, reveals, documents, warranted);
    }

    private Decision decision(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "decision", FIELDS.get("decision"));
        if (f == null) {
            return null;
        }
        String prompt = f.text("prompt", true);
        List<Option> options = f.list("options", true, this::option);
        if (f.get("options") instanceof SequenceNode sequence) {
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                if (!seen.add(options.get(i).id())) {
                    yaml.problem(sequence.getValue().get(Math.min(i, sequence.getValue().size() - 1)),
                            "the option id '" + options.get(i).id() + "' is used twice in this decision");
                }
            }
        }
        if (f.has("options") && options.size() < 2 && f.get("options") instanceof SequenceNode s && s.getValue().size() < 2) {
            yaml.problem(f.get("options"), "a decision needs at least two options");
        }
        return prompt == null ? null : new Decision(prompt, options);
    }

    private Option option(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "option", FIELDS.get("option"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            yaml.problem(f.get("id"), "option id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        DecisionKind kind = f.enumValue("kind", DecisionKind.class, true);
        String label = f.text("label", true);
        Node next = f.require("next");
        List<Route> routes = next == null ? List.of() : routes(next);
        return id == null || kind == null || label == null || routes.isEmpty() ? null : new Option(id, kind, label, routes);
    }

    private List<Route> routes(Node node) {
        if (node instanceof ScalarNode scalar) {
            refer("stage or ending", scalar.getValue(), scalar);
            return List.of(new Route(null, scalar.getValue()));
        }
        List<Route> routes = yaml.list(node, "next", this::route);
        if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            for (int i = 0; i < routes.size(); i++) {
                boolean last = i == routes.size() - 1;
                Node at = sequence.getValue().get(Math.min(i, sequence.getValue().size() - 1));
                if (last && routes.get(i).when() != null) {
                    yaml.problem(at, "the last route of 'next' must have no 'when': it is taken when no condition holds");
                } else if (!last && routes.get(i).when() == null) {
                    yaml.problem(at, "only the last route of 'next' may go without 'when'; the routes after it could never be taken");
                }
            }
        } else if (node instanceof SequenceNode) {
            yaml.problem(node, "'next' needs at least one route");
        }
        return routes;
    }

    private Route route(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "route", FIELDS.get("route"));
        if (f == null) {
            return null;
        }
        String target = f.text("goto", true);
        refer("stage or ending", target, f.get("goto"));
        Condition condition = null;
        if (f.has("when")) {
            YamlNodes.Fields c = yaml.fields(f.get("when"), "when", FIELDS.get("when"));
            if (c != null) {
                List<String> found = referencedList(c, "found", "red flag");
                Integer minPoints = c.integer("minPoints", false, 0);
                if (found.isEmpty() && minPoints == null) {
                    yaml.problem(f.get("when"), "'when' needs 'found' (red flag ids) or 'minPoints'");
                }
                condition = new Condition(found, minPoints);
            }
        }
        return target == null ? null : new Route(condition, target);
    }

    private Ending ending(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "ending", FIELDS.get("ending"));
        if (f == null) {
            return null;
        }
        String id = f.text("id", true);
        declare("ending", id, f.get("id"));
        String title = f.text("title", true);
        Verdict verdict = f.enumValue("verdict", Verdict.class, true);
        Integer points = f.integer("points", true, 0);
        List<String> bases = referencedList(f, "legalBasis", "legal basis");
        Boolean held = f.has("heldLegitimate") ? f.bool("heldLegitimate", false) : Boolean.FALSE;
        String text = f.text("text", true);
        return id == null || title == null || verdict == null || points == null || held == null || text == null ? null
                : new Ending(id, title, verdict, points, bases, held, text);
    }

    private Rubric rubric(Node node) {
        YamlNodes.Fields f = yaml.fields(node, "scoring", FIELDS.get("scoring"));
        if (f == null) {
            return null;
        }
        Integer passMark = f.integer("passMark", true, 1);
        if (passMark != null && passMark > 100) {
            yaml.problem(f.get("passMark"), "scoring.passMark is a percentage of the maximum score: 1 to 100, not " + passMark);
        }
        Integer falseFlag = f.integer("falseFlag", true, 0);
        Integer unnecessary = f.integer("unnecessaryAction", true, 0);
        Integer legal = f.integer("legalBasis", true, 0);
        Integer held = f.has("heldLegitimate") ? f.integer("heldLegitimate", false, 0) : Integer.valueOf(0);
        int timePoints = 0;
        int within = 0;
        if (f.has("time")) {
            YamlNodes.Fields t = yaml.fields(f.get("time"), "scoring.time", FIELDS.get("time"));
            if (t != null) {
                Integer p = t.integer("points", true, 0);
                Integer w = t.integer("withinMinutes", true, 1);
                timePoints = p == null ? 0 : p;
                within = w == null ? 0 : w;
            }
        }
        return passMark == null || passMark > 100 || falseFlag == null || unnecessary == null || legal == null || held == null
                ? null : new Rubric(passMark, falseFlag, unnecessary, legal, held, timePoints, within);
    }
}
