package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.Hostile;
import org.greenborder.academy.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The library search on generated queries, from a fixed seed, over the real corpus: Lucene's syntax, unbalanced
 * quotes, codes, scripts, emoji, control characters and very long text. The service answers with results (whose
 * snippets hold no markup but the highlighting) or nothing, never an exception; the API over real HTTP answers
 * 200, or 4xx JSON with a message, never a 500 or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuidanceSearchHostileTest {

    static final long SEED = 20261204L;

    @Autowired
    GuidanceService guidance;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static final List<String> PIECES = List.of("+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?", ":",
            "\\", "/", "AND", "OR", "NOT", "title:", "body:", "*:*", "~2", "^10", "[a TO z]", "{* TO *}", "/regex.*/", "\"phrase",
            "2903.71", "2903.71.00", "2903 71", "29037", "290371", "2903.", ".71", "8549.11", "3827.61", "A1181", "a1180", "B3011",
            "Y49", "A1181a", "AA1181", "2025", "1900", "0000", "R-22", "r22", "HCFC-22", "e-waste", "cylinders", "transboundary",
            "ຄຳເພັດ", "សុខា", "مرحبا بالعالم", "\u202Eevil", "🙂", "👨‍👩‍👧", "\u0000", "\u0007", "\t", "\n", "\uFEFF", "\uFFFD",
            "\uD800", "<script>alert(1)</script>", "<mark>", "&amp;", "' OR 1=1 --", "%00", "%s");

    static String query(SplittableRandom random) {
        if (random.nextInt(20) == 0) {
            return Hostile.pick(random, PIECES).repeat(1 + random.nextInt(3000));
        }
        StringBuilder query = new StringBuilder();
        int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 8);
        for (int i = 0; i < pieces; i++) {
            query.append(random.nextInt(3) == 0 ? Hostile.text(random, 6) : Hostile.pick(random, PIECES));
            if (random.nextBoolean()) {
                query.append(' ');
            }
        }
        return query.toString();
    }

    @Test
    void theServiceAnswersEveryQueryWithResultsOrNothingNeverAnException() {
        SignedIn.signIn(contextHolder, "hostile-searcher", Role.TRAINEE);
        try {
            Hostile.seed(SEED, 400).check(GuidanceSearchHostileTest::query, query -> {
                SearchResults results;
                try {
                    results = guidance.search(SearchRequest.of(query));
                } catch (org.greenborder.academy.shared.RuleViolationException tooWide) {
                    // the one refusal a typist gets, with what to do
                    assertThat(tooWide.getMessage()).contains("use fewer words");
                    return;
                }
                assertThat(results.total()).isNotNegative();
                assertThat(results.hits().size()).isLessThanOrEqualTo(10);
                for (SearchResults.Hit hit : results.hits()) {
                    // the snippet goes into the page as HTML: nothing but the highlighter's own tags
                    assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).as("snippet of %s", hit.id()).doesNotContain("<", ">");
                }
                assertThat(guidance.suggest(query, 6)).hasSizeLessThanOrEqualTo(6);
            });
        } finally {
            contextHolder.clearContext();
        }
    }

    @Test
    void theApiAnswers200Or4xxJsonNeverA500OrAStackTrace() {
        String auth = "Basic " + Base64.getEncoder().encodeToString("trainee:ozone-layer-1987".getBytes(StandardCharsets.UTF_8));
        Hostile.seed(SEED + 1, 120).check(random -> {
            StringBuilder uri = new StringBuilder("/api/guidance/search?q=").append(URLEncoder.encode(query(random), StandardCharsets.UTF_8));
            if (random.nextInt(3) == 0) {
                uri.append("&limit=").append(Hostile.pick(random, List.of("-1", "0", "101", "2147483647", "99999999999", "ten", "", "1e3")));
            }
            if (random.nextInt(3) == 0) {
                uri.append("&offset=").append(Hostile.pick(random, List.of("-5", "10000", "2147483647", "2147483600", "x", "")));
            }
            if (random.nextInt(4) == 0) {
                uri.append("&convention=").append(URLEncoder.encode(Hostile.pick(random, PIECES), StandardCharsets.UTF_8))
                        .append("&topic=").append(URLEncoder.encode(Hostile.text(random, 5), StandardCharsets.UTF_8));
            }
            return uri.toString();
        }, path -> {
            HttpResponse<String> response = send(path, auth);
            assertThat(response.statusCode()).as("status, body %s", response.body()).isIn(200, 400, 422);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
            assertThat(response.body()).doesNotContain("Exception", "\tat ", "\"trace\"", "org.hibernate", "org.apache");
            if (response.statusCode() != 200) {
                assertThat(response.body()).containsPattern("\"status\":4\\d\\d").containsPattern("\"(detail|message)\":\"[^\"]+\"");
            }
        });
    }

    private HttpResponse<String> send(String path, String auth) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
