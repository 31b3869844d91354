package org.greenborder.academy.perf;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.greenborder.academy.perf.Vaadin.expect;
import static org.greenborder.academy.perf.Vaadin.navigateInApp;
import static org.greenborder.academy.perf.Vaadin.openPage;
import static org.greenborder.academy.perf.Vaadin.ui;
import static org.greenborder.academy.perf.Vaadin.uidl;
import static org.greenborder.academy.perf.Vaadin.unload;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The journeys of the load test, step by step as a user clicks through the real screens. */
final class Journeys {

    /** Judged queries of the guidance library (content/judged), each with relevant documents. */
    static final List<String> QUERIES = List.of("R22 bottles code", "one way cylinders", "container number check digit",
            "disposable cylinder red flag", "refrigerant identifier how to use", "destroy seized ODS", "halon hs code",
            "used computers export", "A1181", "plastic scrap bales", "lead batteries scrap", "pcb transformer oil",
            "transit country consent 60 days", "red flags waste container", "basel checklist border inspection",
            "what is ODP");

    /** A decision is taken at most this often before the attempt must have closed. */
    static final int MAX_DECISIONS = 8;

    private final PerfSettings settings;

    Journeys(PerfSettings settings) {
        this.settings = settings;
    }

    ChainBuilder think() {
        return pause(settings.thinkMin(), settings.thinkMax());
    }

    /** A short glance: reading a dialog, picking a radio button after the one before. */
    static ChainBuilder glance() {
        return pause(Duration.ofMillis(800), Duration.ofMillis(2000));
    }

    /**
     * The login page, Spring Security's form login as Vaadin's LoginForm posts it (user name, password and the
     * Spring CSRF token from the page's {@code _csrf} meta tag), then the home page the redirect leads to.
     */
    ChainBuilder signIn() {
        return exec(openPage("sign-in", "/login", "login-form"))
                .exec(think())
                .exec(unload("sign-in: page left"))
                .exec(http("sign-in: submit").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{" + Vaadin.SPRING_CSRF + "}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("error") || location.contains("login")
                                ? "refused, sent to " + location : "ok").is("ok")))
                .exitHereIfFailed()
                .exec(openPage("home", "/", "home-view"));
    }

    /** "Sign out": the session ends and the browser goes to the login page, leaving this page and its push connection. */
    ChainBuilder signOut() {
        return exec(uidl(session -> "sign out", (ui, session) -> List.of(ui.click(ui.nodeOf("logout"))), null, VaadinUi.Ending.LOGOUT))
                .exec(Vaadin.closePush());
    }

    ChainBuilder openCatalogue() {
        return navigateInApp("training: catalogue", "training", "training-view");
    }

    /**
     * Press "Start" (or "Continue") on a scenario for one trainee, any of the catalogue's (or of perf.scenarios);
     * group exercises are left out.
     */
    ChainBuilder startScenario(String requestName) {
        List<String> only = settings.scenarios();
        return uidl(requestName, (ui, session) -> {
            List<String> solo = AttemptMoves.startButtons(ui).entrySet().stream()
                    .filter(entry -> VaadinUi.enabled(entry.getValue()))
                    .map(entry -> entry.getKey().substring("start-".length()))
                    .filter(id -> !ui.text("scenario-" + id).contains("for a group"))
                    .filter(id -> only.isEmpty() || only.contains(id))
                    .toList();
            if (solo.isEmpty()) {
                throw new IllegalStateException("the catalogue offers no scenario to start");
            }
            String scenario = solo.get(ThreadLocalRandom.current().nextInt(solo.size()));
            ui.scratch.put("scenario", scenario);
            return List.of(ui.click(ui.nodeOf("start-" + scenario)));
        }, (ui, session) -> ui.has("attempt-screen") && ui.navigatedTo != null && ui.navigatedTo.startsWith("training/attempt/")
                ? null : "no attempt screen after pressing start on " + ui.scratch.get("scenario"));
    }

    /** One move at the desk, chosen from what the screen offers (see {@link AttemptMoves}). */
    static ChainBuilder move() {
        return exec(session -> {
                    VaadinUi ui = ui(session);
                    ui.scratch.put("move", AttemptMoves.plan(ui));
                    return session;
                })
                .exec(uidl(session -> move(session).name(), (ui, session) -> move(session).invocations(),
                        (ui, session) -> move(session).expectation().check(ui, session), VaadinUi.Ending.NONE));
    }

    private static AttemptMoves.Move move(Session session) {
        return (AttemptMoves.Move) ui(session).scratch.get("move");
    }

    ChainBuilder moves(int min, int max) {
        return repeat(session -> ThreadLocalRandom.current().nextInt(min, max + 1)).on(think(), move());
    }

    /**
     * Decide until the attempt closes: choose an option, its legal basis when it closes the case, "Decide", confirm.
     * A decision that moves the case to its next stage leaves the trainee at the desk for a few more moves.
     */
    ChainBuilder decideUntilClosed() {
        return exec(session -> session.set("decisions", 0).set("closed", false))
                .exec(asLongAs(session -> !session.getBoolean("closed")).on(
                        think(),
                        uidl("attempt: choose decision", (ui, session) -> AttemptMoves.chooseDecision(ui),
                                (ui, session) -> ui.has("decision-options") ? null : "decision options gone"),
                        doIf(session -> ui(session).has("decision-legal-basis")).then(
                                glance(),
                                uidl("attempt: choose legal basis", (ui, session) -> AttemptMoves.chooseLegalBasis(ui),
                                        (ui, session) -> ui.has("decision-legal-basis") ? null : "legal basis gone")),
                        glance(),
                        uidl("attempt: decide", (ui, session) -> List.of(ui.click(ui.nodeOf("decide"))),
                                expect("confirm-decision")),
                        glance(),
                        exec(session -> session.set("decisions", session.getInt("decisions") + 1)),
                        uidl("attempt: confirm decision", (ui, session) -> AttemptMoves.confirm(ui), (ui, session) -> {
                            if (ui.navigatedTo != null && ui.navigatedTo.startsWith("training/review/")) {
                                return ui.has("review-result") ? null : "review without its result";
                            }
                            // a decision that moves the case on re-renders the desk; one that failed on the server
                            // (an exception goes to Vaadin's error handler, which shows nothing in production) does not
                            if (!ui.has("attempt-screen") || ui.attachedNow("attempt-stage").isEmpty()) {
                                return "the decision changed nothing: neither the next stage nor the review (server error?)";
                            }
                            return session.getInt("decisions") >= MAX_DECISIONS
                                    ? "attempt still open after " + MAX_DECISIONS + " decisions" : null;
                        }),
                        exec(session -> session.set("closed", ui(session).navigatedTo != null
                                && ui(session).navigatedTo.startsWith("training/review/"))),
                        doIf(session -> !session.getBoolean("closed")).then(moves(1, 3))));
    }

    /** The guidance library: type a question (suggestions come as you type), search, read the hits. */
    ChainBuilder searchGuidance() {
        return exec(think())
                .exec(navigateInApp("guidance: library", "guidance", "guidance-search-view"))
                .exec(think())
                .exec(uidl("guidance: type query", (ui, session) -> {
                    String query = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
                    ui.scratch.put("query", query);
                    int field = ui.nodeOf("guidance-query");
                    var data = VaadinUi.JSON.createObjectNode().put("for", "trailing");
                    return List.of(VaadinUi.propertySync(field, "value", query), VaadinUi.event(field, "input", data));
                }, expect("guidance-query")))
                .exec(glance())
                .exec(uidl("guidance: search", (ui, session) -> List.of(ui.click(ui.nodeOf("guidance-search"))),
                        (ui, session) -> !ui.attachedNow("result-").isEmpty() && ui.text("guidance-total").contains("document")
                                ? null : "no hits for \"" + ui.scratch.get("query") + "\": " + ui.text("guidance-total")));
    }

    /** A trainee's session: sign in, pick a scenario, work it, decide, sometimes search the library, sign out. */
    ChainBuilder trainee() {
        ChainBuilder journey = exec(signIn())
                .exec(think())
                .exec(openCatalogue())
                .exec(think())
                .exec(startScenario("training: start scenario"))
                .exec(moves(settings.actionsMin(), settings.actionsMax()))
                .exec(decideUntilClosed());
        if (settings.searchPercent() > 0) {
            journey = journey.exec(randomSwitch().on(percent(settings.searchPercent()).then(searchGuidance())));
        }
        return journey.exec(think()).exec(signOut());
    }

    /**
     * A certificate holder: sign in, "My certificates", download the PDF, sign out; then someone else (no session)
     * checks it publicly: the /verify page (a Vaadin view) and the JSON API.
     */
    ChainBuilder certificateHolder() {
        return exec(signIn())
                .exec(think())
                .exec(navigateInApp("certificates: mine", "my-certificates", (ui, session) ->
                        ui.withIdPrefix("pdf-").isEmpty() ? "no certificate to download on My certificates" : null))
                .exec(session -> {
                    VaadinUi ui = ui(session);
                    List<VaadinUi.Node> pdfs = List.copyOf(ui.withIdPrefix("pdf-").values());
                    if (pdfs.isEmpty()) {
                        return session.markAsFailed();
                    }
                    VaadinUi.Node pdf = pdfs.get(ThreadLocalRandom.current().nextInt(pdfs.size()));
                    String href = hrefOf(pdf);
                    return session.set("pdfPath", "/" + href).set("code", pdf.elementId().substring("pdf-".length()).toUpperCase(Locale.ROOT));
                })
                .exitHereIfFailed()
                .exec(think())
                .exec(http("certificates: download PDF").get("#{pdfPath}")
                        .check(status().is(200))
                        .check(header("Content-Type").is("application/pdf"))
                        .check(bodyString().transform(body -> body.startsWith("%PDF")).is(true)))
                .exitHereIfFailed()
                .exec(think())
                .exec(signOut())
                .exec(flushCookieJar())
                .exec(openPage("verify: public page", session -> "/verify/" + session.getString("code"),
                        (ui, session) -> ui.byId("verify-status").map(status -> status.attribute("data-status")).orElse("none")
                                .equals("valid") ? null : "verify page says " + ui.text("verify-status")))
                .exec(think())
                .exec(http("verify: API").get("/api/certificates/#{code}")
                        .check(status().is(200))
                        .check(jsonPath("$.status").is("valid")))
                .exec(Vaadin.closePush());
    }

    private static String hrefOf(VaadinUi.Node anchor) {
        var href = anchor.attributes.get("href");
        if (href == null) {
            throw new IllegalStateException("download link without href");
        }
        String uri = href.has("uri") ? href.get("uri").asText() : href.asText();
        return uri.startsWith("/") ? uri.substring(1) : uri;
    }
}
