package org.greenborder.academy.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON access to the library for other tools (HTTP Basic, like the rest of /api). */
@RestController
@RequestMapping("/api/guidance")
class GuidanceApiController {

    private final GuidanceService guidance;

    GuidanceApiController(GuidanceService guidance) {
        this.guidance = guidance;
    }

    record SearchResponse(long total, List<HitResponse> hits, Map<String, Map<String, Long>> facets, String didYouMean) {
    }

    record HitResponse(String id, String title, String snippet, float score, List<String> conventions, List<String> topics,
                       String type) {
    }

    record DocumentResponse(String id, String title, List<String> conventions, List<String> topics, List<String> audience,
                            String type, String language, List<String> sources, LocalDate lastReviewed, String markdown,
                            String html) {
    }

    @GetMapping("/search")
    SearchResponse search(@RequestParam(name = "q", defaultValue = "") String query,
                          @RequestParam(defaultValue = "10") int limit,
                          @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(name = "convention", required = false) Set<String> conventions,
                          @RequestParam(name = "topic", required = false) Set<String> topics,
                          @RequestParam(name = "type", required = false) Set<String> types,
                          @RequestParam(name = "audience", required = false) Set<String> audiences) {
        SearchResults results = guidance.search(new SearchRequest(query, conventions, topics, types, audiences, limit, offset));
        return new SearchResponse(results.total(), results.hits().stream()
                .map(hit -> new HitResponse(hit.id(), hit.title(), hit.snippet(), hit.score(), hit.conventions(), hit.topics(), hit.type()))
                .toList(), results.facets(), results.didYouMean());
    }

    @GetMapping("/{id}")
    DocumentResponse document(@PathVariable String id) {
        GuidanceDocument document = guidance.get(id);
        return new DocumentResponse(document.getSlug(), document.getTitle(), List.copyOf(document.getConventions()),
                List.copyOf(document.getTopics()), List.copyOf(document.getAudience()), document.getType(),
                document.getLanguage(), document.sourceList(), document.getLastReviewed(), document.getMarkdown(),
                MarkdownText.html(document.getMarkdown()));
    }
}
