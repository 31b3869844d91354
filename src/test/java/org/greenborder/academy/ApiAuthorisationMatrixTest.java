package org.greenborder.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenborder.academy.AuthorisationWorld.Actor;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.SystemIdentity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.WorkshopService;
import org.greenborder.academy.workshop.OutcomeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix over real HTTP with HTTP Basic: every endpoint that takes an id in its path or
 * parameters, called anonymously and by the five actors of {@link AuthorisationWorld}. The status is what an API
 * client sees: 404 for what the caller may not see (the same as for an id that does not exist), 403 for a role that
 * may not use the endpoint, 401 without credentials. The same configuration as {@link AuthorisationMatrixTest}, so
 * both share one application context (that of {@code ApiSecurityTest}).
 */
// exactly the configuration of ApiSecurityTest and SessionSecurityTest: the suite starts no application context for it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorisationMatrixTest {

    /** Endpoints with an id that need no row, and why. */
    static final Map<String, String> NEEDS_NO_ROW = Map.of(
            "GET /calendar/{token}.ics",
            "the secret token in the address is the credential of calendar apps, which cannot sign in; CalendarServiceTest");

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    SystemIdentity system;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    AttendanceService attendance;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    CertificateService certificates;
    @Autowired
    NeedsService needs;
    @Autowired
    GuidanceService guidance;

    WorkshopFixture fx;
    AuthorisationWorld w;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void twoOfEachAndWhatTheyOwn() {
        fx = new WorkshopFixture(system, context.getBean(UserAccountService.class), context.getBean(WorkshopService.class),
                context.getBean(AgendaService.class), context.getBean(ParticipantService.class),
                context.getBean(BreakoutService.class), contextHolder);
        w = new AuthorisationWorld(fx, attendance, outcomes, exercises, scenarios, certificates, needs, guidance);
    }

    record Row(String endpoint, Supplier<String> path, int anonymous, int[] byActor) {
        String key() {
            return endpoint.replaceAll("\\s*\\[.*]$", "");
        }
    }

    List<Row> rows() {
        String code = w.certificateOfA.getCode();
        List<Row> rows = new ArrayList<>();
        //                                                                  anonymous  trainee A trainee B org. X  org. Y  analyst
        rows.add(row("GET /api/workshops/{id}",                             401,       200,      404,      200,    200,    200,
                () -> "/api/workshops/" + w.x()));
        rows.add(row("GET /api/workshops/{id}/calendar.ics",                401,       200,      404,      200,    200,    200,
                () -> "/api/workshops/" + w.x() + "/calendar.ics"));
        rows.add(row("GET /api/attempts/{id} [A's attempt in an exercise of event X]",
                                                                            401,       200,      404,      200,    404,    200,
                () -> "/api/attempts/" + w.exerciseAttemptOfA));
        rows.add(row("GET /api/attempts/{id} [A's attempt of their own]",   401,       200,      404,      404,    404,    200,
                () -> "/api/attempts/" + w.privateAttemptOfA));
        rows.add(row("GET /api/me/certificates/{code}/pdf",                 401,       200,      404,      404,    404,    404,
                () -> "/api/me/certificates/" + code + "/pdf"));
        rows.add(row("GET /api/me/certificates/{code}/badge",               401,       200,      404,      404,    404,    404,
                () -> "/api/me/certificates/" + code + "/badge"));
        rows.add(row("GET /api/certificates/{code} [the public check]",     200,       200,      200,      200,    200,    200,
                () -> "/api/certificates/" + code));
        rows.add(row("GET /api/guidance/{id} [a draft]",                    401,       404,      404,      200,    200,    404,
                () -> "/api/guidance/" + w.draft.getSlug()));
        rows.add(row("GET /api/guidance/{id} [a published document]",       401,       200,      200,      200,    200,    200,
                () -> "/api/guidance/" + w.published.getSlug()));
        rows.add(row("GET /api/needs/countries/{iso} [the regional picture]",
                                                                            401,       403,      403,      200,    200,    200,
                () -> "/api/needs/countries/LA"));
        return rows;
    }

    private static Row row(String endpoint, int anonymous, int a, int b, int x, int y, int analyst, Supplier<String> path) {
        return new Row(endpoint, path, anonymous, new int[] {a, b, x, y, analyst});
    }

    @TestFactory
    Stream<DynamicTest> eachCallerGetsTheStatusTheMatrixSays() {
        return rows().stream().map(row -> dynamicTest(row.endpoint(), () -> {
            List<String> wrong = new ArrayList<>();
            int anonymous = get(row.path().get(), null);
            if (anonymous != row.anonymous()) {
                wrong.add("anonymous: expected " + row.anonymous() + " but got " + anonymous);
            }
            for (Actor actor : Actor.values()) {
                int status = get(row.path().get(), w.username(actor));
                if (status != row.byActor()[actor.ordinal()]) {
                    wrong.add(actor.label + ": expected " + row.byActor()[actor.ordinal()] + " but got " + status);
                }
            }
            assertThat(wrong).as(row.endpoint()).isEmpty();
        }));
    }

    private int get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + WorkshopFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void everyEndpointThatTakesAnIdHasARowOrASaidReason() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getPackageName().startsWith("org.greenborder.academy")) {
                    continue;
                }
                boolean idParameter = Arrays.stream(handler.getMethodParameters()).anyMatch(ApiAuthorisationMatrixTest::idLike);
                Set<String> verbs = entry.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toSet());
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (pattern.contains("{") || idParameter) {
                        (verbs.isEmpty() ? Set.of("GET") : verbs).forEach(verb -> endpoints.add(verb + " " + pattern));
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints found").isNotEmpty();
        Set<String> covered = rows().stream().map(Row::key).collect(Collectors.toSet());
        assertThat(endpoints.stream().filter(endpoint -> !covered.contains(endpoint) && !NEEDS_NO_ROW.containsKey(endpoint)))
                .as("endpoints that take an id but have no row in the API authorisation matrix").isEmpty();
        assertThat(covered).as("rows naming no endpoint").isSubsetOf(endpoints);
        System.out.printf("API authorisation matrix: %d endpoints take an id; %d rows x 6 callers%n", endpoints.size(), rows().size());
    }

    /** A request parameter named as an id (path variables count through the pattern). */
    private static boolean idLike(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param == null) {
            return false;
        }
        String name = param.name().isEmpty() ? param.value() : param.name();
        name = name.isEmpty() ? String.valueOf(parameter.getParameterName()) : name;
        return name.matches("(?i).*(id|code|token|slug|username)");
    }
}
