package org.greenborder.academy.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greenborder.academy.shared.ContentFiles;

/**
 * {@code validate-scenarios <dir or file>...}: checks scenario files without starting the application and prints
 * {@code file:line:column: message} per problem. Exit code 0 when every file is valid, 1 when any is not, 2 when
 * the arguments are wrong. Guidance ids named by red flags are checked too when {@code content/guidance} exists
 * in the working directory (or {@code --content <dir>} names the guidance folder).
 */
public final class ScenarioValidation {

    public static final String COMMAND = "validate-scenarios";

    private ScenarioValidation() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.getFirst().equals(COMMAND)) {
            rest.removeFirst();
        }
        Path content = Path.of("content", "guidance");
        int contentFlag = rest.indexOf("--content");
        if (contentFlag >= 0) {
            if (contentFlag + 1 >= rest.size()) {
                err.println("usage: " + COMMAND + " [--content <guidance dir>] <scenario dir or file>...");
                return 2;
            }
            content = Path.of(rest.get(contentFlag + 1));
            rest.subList(contentFlag, contentFlag + 2).clear();
        }
        if (rest.isEmpty()) {
            err.println("usage: " + COMMAND + " [--content <guidance dir>] <scenario dir or file>...");
            return 2;
        }
        Set<String> guidanceIds = Files.isDirectory(content) ? guidanceIds(content) : null;
        List<Path> files = new ArrayList<>();
        for (String arg : rest) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(ScenarioFiles::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(arg + ": cannot read the folder: " + e.getMessage());
                    return 2;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println(arg + ": no such file or folder");
                return 2;
            }
        }
        int invalid = 0;
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            List<ScenarioProblem> problems = new ArrayList<>();
            String name = file.toString();
            try {
                String text = ContentFiles.utf8(Files.readAllBytes(file));
                ScenarioReader.Result result = ScenarioReader.read(name, text);
                problems.addAll(result.problems());
                if (result.definition() != null && !ids.add(result.definition().id())) {
                    problems.add(new ScenarioProblem(name, 1, 1, "another file already has the id '" + result.definition().id() + "'"));
                }
                if (result.definition() != null && guidanceIds != null) {
                    problems.addAll(unknownGuidance(name, result, guidanceIds));
                }
            } catch (CharacterCodingException e) {
                problems.add(new ScenarioProblem(name, 1, 1, "the file is not UTF-8 text"));
            } catch (IOException e) {
                problems.add(new ScenarioProblem(name, 0, 0, "cannot read the file: " + e.getMessage()));
            }
            problems.forEach(out::println);
            invalid += problems.isEmpty() ? 0 : 1;
        }
        out.println(files.size() + " scenario file(s) checked, " + (files.size() - invalid) + " valid, " + invalid + " invalid");
        return invalid == 0 ? 0 : 1;
    }

    private static final Pattern FRONT_MATTER_ID = Pattern.compile("(?m)^id:\\s*[\"']?([^\"'\\s]+)");

    static Set<String> guidanceIds(Path content) {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> walk = Files.walk(content)) {
            walk.filter(path -> path.toString().endsWith(".md")).forEach(path -> {
                try {
                    Matcher matcher = FRONT_MATTER_ID.matcher(Files.readString(path));
                    if (matcher.find()) {
                        ids.add(matcher.group(1));
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // an unreadable guidance file only means its id is unknown here
                }
            });
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    /** Red flags' guidance ids that the library does not have, where they are written. */
    static List<ScenarioProblem> unknownGuidance(String file, ScenarioReader.Result result, Set<String> known) {
        return result.guidanceLinks().stream().filter(link -> !known.contains(link.guidanceId()))
                .map(link -> new ScenarioProblem(file, link.line(), link.column(), "red flag '" + link.flagId()
                        + "' links to the guidance document '" + link.guidanceId() + "', which the library does not have"))
                .toList();
    }
}
