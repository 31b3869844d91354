package org.greenborder.academy.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.http.action.ws.WsInboundMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The Flow client's side of the conversation, as Gatling requests: load a page (the HTML bootstrap, then
 * {@code ?v-r=init}, the push WebSocket, then the router's {@code ui-navigate} event), send UIDL messages, answer the
 * {@code $server} calls the page's scripts make, and the unload beacon. Every UIDL answer is checked by
 * {@link VaadinUi#receive} and then by the step's own expectation (what the user must see afterwards), so a request
 * only counts as OK when the screen really is what the user wanted.
 */
final class Vaadin {

    static final String UI = "ui";
    static final String SPRING_CSRF = "springCsrf";
    /** Whether the virtual browser holds the push WebSocket open as a real one does (set once per simulation). */
    static volatile boolean push = true;
    private static final String PUSH = "push";
    private static final String PUSH_OPEN = "pushOpen";

    private static final String JSON_UTF8 = "application/json; charset=UTF-8";
    /** The browser details the bootstrap script appends to the init request (a 1440×900 desktop, UTC). */
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1440&v-wh=820&v-ww=1440&v-bh=820&v-bw=1440"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=&v-pv=visible"
            + "&v-tn=lumo&v-ws=false";

    private Vaadin() {
    }

    static VaadinUi ui(Session session) {
        return session.get(UI);
    }

    /**
     * A full page load of {@code path} as a browser does it. {@code expectedId} is an element the page must show
     * (for a signed-in page: not the login form, which an expired or missing sign-in would show instead).
     */
    static ChainBuilder openPage(String name, String path, String expectedId) {
        return openPage(name, session -> path, expect(expectedId));
    }

    static ChainBuilder openPage(String name, Function<Session, String> path, Expectation expectation) {
        return exec(closePush())
                .exec(http(name + ": page").get(path)
                        .check(status().is(200))
                        .check(currentLocation().saveAs("pageUrl"))
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs(SPRING_CSRF)))
                .exitHereIfFailed()
                .exec(session -> session.set(UI, new VaadinUi()).set("route", route(session.getString("pageUrl"))))
                .exec(http(name + ": init").get(session -> "/?v-r=init&location=" + encode(session.getString("route"))
                                + "&query=" + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis())
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> failUnlessOk(ui(session).init(body))).is("ok")))
                .exitHereIfFailed()
                .exec(openPush())
                .exec(uidl(name + ": navigate", (ui, session) -> List.of(VaadinUi.navigate(session.getString("route"), "", "")),
                        expectation));
    }

    /** Following a menu link inside the app: no page load, one {@code ui-navigate} message. */
    static ChainBuilder navigateInApp(String name, String route, String expectedId) {
        return navigateInApp(name, route, expect(expectedId));
    }

    static ChainBuilder navigateInApp(String name, String route, Expectation expectation) {
        return uidl(name, (ui, session) -> List.of(VaadinUi.navigate(route, "", "link")), expectation);
    }

    /** A UIDL message; {@code expectation} returns null when the screen afterwards is right, else what is wrong. */
    static ChainBuilder uidl(String name, Rpc rpc, Expectation expectation) {
        return uidl(session -> name, rpc, expectation, VaadinUi.Ending.NONE);
    }

    static ChainBuilder uidl(Function<Session, String> name, Rpc rpc, Expectation expectation, VaadinUi.Ending ending) {
        return exec(takePushed())
                .exec(http(name).post(session -> ui(session).uidlPath())
                        .header("Content-Type", JSON_UTF8)
                        .body(StringBody(session -> ui(session).message(rpc.invocations(ui(session), session))))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> {
                            VaadinUi ui = ui(session);
                            String problem = ui.receive(body, ending);
                            if ("ok".equals(problem) && expectation != null) {
                                String unexpected = expectation.check(ui, session);
                                problem = unexpected == null ? "ok" : unexpected;
                            }
                            return failUnlessOk(problem);
                        }).is("ok")))
                .exitHereIfFailed()
                .exec(serverCalls());
    }

    /**
     * The calls the page's own scripts make right after a response ({@code this.$server.liveRefresh()} on the attempt
     * screen, a tab sheet's {@code updateSelectedTab}): one more round trip, as in the browser.
     */
    private static ChainBuilder serverCalls() {
        return doIf(session -> ui(session).hasPendingServerCalls()).then(
                exec(http("page scripts: server calls").post(session -> ui(session).uidlPath())
                        .header("Content-Type", JSON_UTF8)
                        .body(StringBody(session -> ui(session).message(ui(session).takePendingServerCalls())))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> failUnlessOk(ui(session).receive(body, VaadinUi.Ending.NONE))).is("ok")))
                        .exitHereIfFailed());
    }

    /**
     * Leaving the page for another one: its push connection closes, and the Flow client's beacon tells the server to
     * close the UI. (The other order makes the server close the socket while the client closes it too: Atmosphere
     * then logs "Failed to cancel resource" errors and the client sees a premature close.)
     */
    static ChainBuilder unload(String name) {
        return exec(closePush())
                .exec(http(name).post(session -> ui(session).uidlPath())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(session -> ui(session).unloadBeacon()))
                        .check(status().is(200)));
    }

    /**
     * The push connection vaadinPush.js opens after the init request (WebSocket; Atmosphere answers with its
     * handshake "length|tracking id|heartbeat|padding|"). Server messages that arrive on it later are applied by
     * {@link #takePushed()} before the next request, as the Flow client applies them when they arrive.
     */
    static ChainBuilder openPush() {
        return doIf(session -> push && ui(session).pushId != null).then(
                exec(ws("push: connect").wsName(PUSH).connect(session -> ui(session).pushPath())
                        .await(10).on(ws.checkTextMessage("push: handshake").check(regex("^\\d+\\|"))))
                        .exitHereIfFailed()
                        .exec(session -> session.set(PUSH_OPEN, true)));
    }

    /** The page goes away and with it its push connection (also after a sign-out, which ends the page). */
    static ChainBuilder closePush() {
        return doIf(session -> session.contains(PUSH_OPEN) && session.getBoolean(PUSH_OPEN)).then(
                exec(ws("push: close").wsName(PUSH).close())
                        .exec(session -> session.set(PUSH_OPEN, false)));
    }

    private static ChainBuilder takePushed() {
        return doIf(session -> session.contains(PUSH_OPEN) && session.getBoolean(PUSH_OPEN)).then(
                exec(ws.processUnmatchedMessages(PUSH, (messages, session) -> {
                    for (WsInboundMessage message : messages) {
                        if (message instanceof WsInboundMessage.Text text) {
                            ui(session).receivePushed(text.message());
                        }
                    }
                    return session;
                })));
    }

    /**
     * Gatling does not print what a body check found (it could be a whole page), but it does print why a transform
     * failed: the reason is thrown, so that the report's error table says what went wrong.
     */
    private static String failUnlessOk(String problem) {
        if (!"ok".equals(problem)) {
            throw new IllegalStateException(problem);
        }
        return problem;
    }

    static Expectation expect(String id) {
        return (ui, session) -> ui.has(id) ? null : "expected #" + id + " on the page" + (ui.has("login-form") ? " but got the login form" : "");
    }

    static String route(String url) {
        String path = URI.create(url).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** null when the screen is what the user expects after the request, else what is wrong. */
    @FunctionalInterface
    interface Expectation {
        String check(VaadinUi ui, Session session);
    }

    @FunctionalInterface
    interface Rpc {
        List<ObjectNode> invocations(VaadinUi ui, Session session);
    }
}
