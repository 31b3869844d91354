package org.greenborder.academy.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A large corpus made from the real one, for benchmarks: the real documents first (so the judged queries still
 * have their answers), then generated documents up to the wanted size. Each generated document takes a random
 * real document as its template: the template's front matter (conventions, topics, audience, type, sources),
 * a title made of the first words of the template's title and the last words of another title, and a body as
 * long as a randomly chosen real body, built from headings, sentences and whole lists/tables. Each piece comes
 * from the template with probability 0.6, else from any real document. So the vocabulary, the codes (HS and
 * Basel codes sit in those sentences and tables), the facet values and the document lengths follow the real
 * corpus, while no two documents are the same. Seeded: the same seed gives the same corpus.
 */
final class GeneratedCorpus {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"(*])");
    private static final double FROM_TEMPLATE = 0.6;

    private record Source(FrontMatter.Parsed document, List<String> headings, List<String> sentences, List<String> blocks) {
    }

    private GeneratedCorpus() {
    }

    static List<ContentFile> of(List<ContentFile> real, int size, long seed) {
        List<Source> sources = new ArrayList<>();
        for (ContentFile file : real) {
            FrontMatter.Result result = FrontMatter.parse(file.text());
            if (result.ok()) {
                sources.add(split(result.document()));
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("No readable real document to generate from");
        }
        Random random = new Random(seed);
        List<ContentFile> corpus = new ArrayList<>(real.subList(0, Math.min(size, real.size())));
        for (int i = corpus.size(); i < size; i++) {
            Source template = sources.get(random.nextInt(sources.size()));
            String slug = "generated-%05d".formatted(i);
            String title = title(template, sources.get(random.nextInt(sources.size())), random);
            int targetLength = sources.get(random.nextInt(sources.size())).document().markdown().length();
            String markdown = body(title, template, sources, targetLength, random);
            corpus.add(new ContentFile("generated/" + slug + ".md", frontMatter(slug, title, template.document()) + markdown + "\n"));
        }
        return corpus;
    }

    private static Source split(FrontMatter.Parsed document) {
        List<String> headings = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (String block : document.markdown().split("\\n\\s*\\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                // a heading block may carry text on the following lines
                String[] lines = trimmed.split("\\n", 2);
                if (lines[0].startsWith("## ") || lines[0].startsWith("### ")) {
                    headings.add(lines[0].replaceFirst("^#+\\s*", ""));
                }
                if (lines.length > 1) {
                    addSentences(lines[1], sentences);
                }
            } else if (trimmed.startsWith("-") || trimmed.startsWith("*") || trimmed.startsWith("|")
                    || trimmed.startsWith(">") || trimmed.matches("(?s)^\\d+[.)]\\s.*")) {
                blocks.add(trimmed);
            } else {
                addSentences(trimmed, sentences);
            }
        }
        if (headings.isEmpty()) {
            headings.add(document.title());
        }
        if (sentences.isEmpty()) {
            sentences.add(document.title() + ".");
        }
        return new Source(document, headings, sentences, blocks);
    }

    private static void addSentences(String paragraph, List<String> sentences) {
        for (String sentence : SENTENCE_END.split(paragraph.replace('\n', ' '))) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
    }

    private static String title(Source template, Source other, Random random) {
        String[] first = template.document().title().split("\\s+");
        String[] second = other.document().title().split("\\s+");
        int keep = 1 + random.nextInt(Math.max(1, first.length - 1));
        int from = random.nextInt(second.length);
        List<String> words = new ArrayList<>(List.of(first).subList(0, keep));
        words.addAll(List.of(second).subList(from, second.length));
        String title = String.join(" ", words);
        return title.length() <= GuidanceDocument.TITLE_MAX ? title : title.substring(0, GuidanceDocument.TITLE_MAX).strip();
    }

    private static String body(String title, Source template, List<Source> sources, int targetLength, Random random) {
        StringBuilder markdown = new StringBuilder("# ").append(title).append("\n\n");
        while (markdown.length() < targetLength) {
            markdown.append("## ").append(pick(template, sources, random, Source::headings)).append("\n\n");
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                int sentences = 2 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    markdown.append(s == 0 ? "" : " ").append(pick(template, sources, random, Source::sentences));
                }
                markdown.append("\n\n");
            }
            if (random.nextDouble() < 0.4) {
                String block = pick(template, sources, random, Source::blocks);
                if (block != null) {
                    markdown.append(block).append("\n\n");
                }
            }
        }
        return markdown.toString().strip();
    }

    private static String pick(Source template, List<Source> sources, Random random,
                               java.util.function.Function<Source, List<String>> part) {
        Source from = random.nextDouble() < FROM_TEMPLATE ? template : sources.get(random.nextInt(sources.size()));
        List<String> pieces = part.apply(from);
        if (pieces.isEmpty()) {
            pieces = part.apply(template);
        }
        return pieces.isEmpty() ? null : pieces.get(random.nextInt(pieces.size()));
    }

    private static String frontMatter(String slug, String title, FrontMatter.Parsed template) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("id: ").append(slug).append('\n');
        yaml.append("title: ").append(quoted(title)).append('\n');
        yaml.append("conventions: ").append(list(template.conventions())).append('\n');
        if (!template.topics().isEmpty()) {
            yaml.append("topics: ").append(list(template.topics())).append('\n');
        }
        if (!template.audience().isEmpty()) {
            yaml.append("audience: ").append(list(template.audience())).append('\n');
        }
        yaml.append("type: ").append(quoted(template.type())).append('\n');
        yaml.append("language: ").append(quoted(template.language())).append('\n');
        if (!template.sources().isEmpty()) {
            yaml.append("sources: ").append(list(template.sources())).append('\n');
        }
        if (template.lastReviewed() != null) {
            yaml.append("last_reviewed: ").append(template.lastReviewed()).append('\n');
        }
        return yaml.append("---\n").toString();
    }

    private static String list(java.util.Collection<String> values) {
        return values.stream().map(GeneratedCorpus::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
