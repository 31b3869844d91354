package org.greenborder.academy.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser's Flow client keeps for one Vaadin UI: the UI id, the security key, the sync and client message
 * counters and a copy of the server's element tree (tag, attributes, properties, text, children, visibility), built
 * from the {@code changes} of every response. The simulation finds what to click by the ids the Java views set,
 * exactly as a user finds it on screen, and every response is checked the way the Flow client would react to it.
 *
 * <p>One instance per virtual user and page load; a virtual user's requests are sequential, so it needs no locking.
 */
final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();
    /** UIDL messages that arrived over push connections, all users together (reported at the end). */
    static final java.util.concurrent.atomic.AtomicLong PUSHED = new java.util.concurrent.atomic.AtomicLong();

    /** The node of the UI itself: navigation events go to it. */
    static final int ROOT_NODE = 1;

    // feature ids of the state tree (com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry)
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int TEXT_NODE = 7;

    private static final Pattern SERVER_CALL = Pattern.compile("this\\.\\$server\\.(\\w+)\\(([^)]*)\\)");

    static final class Node {
        final int id;
        String tag;
        String text;
        boolean visible = true;
        Integer parent;
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
        }

        String elementId() {
            String id = attribute("id");
            return id != null ? id : property("id");
        }
    }

    /** How a response may legitimately end the UI: only a sign-out expects "session expired" and a redirect to login. */
    enum Ending {
        NONE, LOGOUT
    }

    int uiId = -1;
    String securityKey;
    /** Set when the app has push: the id the push connection must present. */
    String pushId;
    /** What a message pushed over the WebSocket said was wrong, reported with the next request. */
    String pushProblem;
    int pushedMessages;
    int syncId = -1;
    int clientId;
    private int sentClientId = -1;
    private int promiseId;
    final Map<Integer, Node> nodes = new HashMap<>();
    private final Set<Integer> attachedInLastResponse = new HashSet<>();
    private final List<ObjectNode> pendingServerCalls = new ArrayList<>();
    /** Where the server sent the browser in the last response (router navigation or a page redirect), if anywhere. */
    String navigatedTo;
    String redirectedTo;
    int responses;
    /** What a step planned and its check needs afterwards (a chosen option, a document id). */
    final Map<String, Object> scratch = new HashMap<>();

    // ---------------------------------------------------------------------------------------------------------
    // bootstrap

    /** The answer to {@code ?v-r=init}: "ok" or what is wrong with it. */
    String init(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception e) {
            return "init: not JSON: " + abbreviate(body);
        }
        JsonNode config = json.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            return "init: no UI id or security key in " + abbreviate(body);
        }
        uiId = config.get("v-uiId").asInt();
        securityKey = uidl.get("Vaadin-Security-Key").asText();
        pushId = json.has("pushScript") && uidl.has("Vaadin-Push-ID") ? uidl.get("Vaadin-Push-ID").asText() : null;
        nodes.clear();
        return receive(uidl, Ending.NONE, true);
    }

    // ---------------------------------------------------------------------------------------------------------
    // messages to the server

    String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** A UIDL message carrying these invocations, with the counters the server expects next. */
    String message(List<ObjectNode> invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        sentClientId = clientId;
        return message.toString();
    }

    /** The push connection's address, as vaadinPush.js (Atmosphere 4, WebSocket transport) builds it. */
    String pushPath() {
        return "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
    }

    /**
     * Frames the server pushed over the WebSocket since the last look: Atmosphere's "length|message" framing
     * (several per frame possible), its handshake and heartbeats (not UIDL, skipped), and UIDL messages, applied
     * as the Flow client applies them.
     */
    void receivePushed(String frame) {
        String rest = frame;
        while (!rest.isEmpty()) {
            int bar = rest.indexOf('|');
            String message;
            if (bar > 0 && rest.substring(0, bar).chars().allMatch(Character::isDigit)) {
                int length = Integer.parseInt(rest.substring(0, bar));
                int end = Math.min(rest.length(), bar + 1 + length);
                message = rest.substring(bar + 1, end);
                rest = rest.substring(end);
            } else {
                message = rest;
                rest = "";
            }
            String trimmed = message.strip();
            if (trimmed.startsWith("for(;;);")) {
                trimmed = trimmed.substring("for(;;);".length());
            }
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                pushedMessages++;
                PUSHED.incrementAndGet();
                String problem;
                try {
                    JsonNode json = JSON.readTree(trimmed);
                    if (json.isArray() && !json.isEmpty()) {
                        json = json.get(0);
                    }
                    problem = receivePush(json);
                } catch (Exception e) {
                    problem = "pushed message not JSON: " + abbreviate(trimmed);
                }
                if (!"ok".equals(problem) && pushProblem == null) {
                    pushProblem = "pushed: " + problem;
                }
            }
        }
    }

    private String receivePush(JsonNode json) {
        JsonNode meta = json.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false)) {
            return meta.toString();
        }
        // a push overtaken by a later XHR answer is applied late rather than held back as the Flow client would:
        // in these journeys the app pushes nothing that a request of the same user also changes
        syncId = Math.max(syncId, json.path("syncId").asInt(syncId));
        attachedInLastResponse.clear();
        json.path("changes").forEach(this::apply);
        json.path("execute").forEach(this::execute);
        return "ok";
    }

    /** The beacon a browser sends when the page goes away: the server closes the UI at once. */
    String unloadBeacon() {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc");
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        message.put("UNLOAD", true);
        return message.toString();
    }

    static ObjectNode event(int node, String event) {
        return event(node, event, JSON.createObjectNode());
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** A property the browser changed (a checkbox ticked, a value typed, a tab chosen), sent before its event. */
    static ObjectNode propertySync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** What the router sends when the user follows a menu link, or when a page has just been loaded. */
    static ObjectNode navigate(String route, String query, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "Green Border Academy");
        data.putNull("historyState");
        data.put("trigger", trigger);
        return event(ROOT_NODE, "ui-navigate", data);
    }

    ObjectNode click(int node) {
        return event(node, "click");
    }

    boolean hasPendingServerCalls() {
        return !pendingServerCalls.isEmpty();
    }

    /** The {@code $server} calls the page's JavaScript made after the last response, as the browser would send them. */
    List<ObjectNode> takePendingServerCalls() {
        List<ObjectNode> calls = new ArrayList<>(pendingServerCalls);
        pendingServerCalls.clear();
        return calls;
    }

    // ---------------------------------------------------------------------------------------------------------
    // responses

    /** A UIDL response: "ok", or why the Flow client would have shown an error, reloaded or gone to the login page. */
    String receive(String body, Ending ending) {
        if (pushProblem != null) {
            String problem = pushProblem;
            pushProblem = null;
            return problem;
        }
        String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (Exception e) {
            return "not JSON: " + abbreviate(body);
        }
        if (json != null && json.isArray() && !json.isEmpty()) {
            json = json.get(0);
        }
        if (json == null || !json.isObject()) {
            return "not a UIDL object: " + abbreviate(body);
        }
        return receive(json, ending, false);
    }

    private String receive(JsonNode json, Ending ending, boolean initial) {
        responses++;
        navigatedTo = null;
        redirectedTo = null;
        attachedInLastResponse.clear();
        JsonNode meta = json.path("meta");
        if (meta.has("appError")) {
            JsonNode error = meta.get("appError");
            return "appError: " + error.path("caption").asText("") + " " + error.path("message").asText("");
        }
        boolean expired = meta.path("sessionExpired").asBoolean(false);
        if (expired && ending != Ending.LOGOUT) {
            return "session expired";
        }
        if (json.path("resynchronize").asBoolean(false)) {
            return "the server resynchronised the UI (lost message)";
        }
        int newSyncId = json.path("syncId").asInt(Integer.MIN_VALUE);
        if (newSyncId == -1) {
            return "syncId -1: the server refused the message";
        }
        if (newSyncId != Integer.MIN_VALUE) {
            if (!initial && newSyncId <= syncId) {
                return "syncId did not increase: " + syncId + " -> " + newSyncId;
            }
            syncId = newSyncId;
        }
        if (json.has("clientId")) {
            int expectedNext = json.get("clientId").asInt();
            if (!initial && expectedNext != sentClientId + 1) {
                return "clientId out of step: sent " + sentClientId + ", server expects " + expectedNext;
            }
            clientId = expectedNext;
        } else if (!initial && !expired) {
            return "no clientId in the response";
        }
        json.path("changes").forEach(this::apply);
        json.path("execute").forEach(this::execute);
        if (redirectedTo != null && redirectedTo.contains("login") && ending != Ending.LOGOUT) {
            return "redirected to the login page: " + redirectedTo;
        }
        if (navigatedTo != null && navigatedTo.startsWith("login")) {
            return "sent to the login page: " + navigatedTo;
        }
        if (ending == Ending.LOGOUT && !(expired && redirectedTo != null && redirectedTo.contains("login"))) {
            return "sign-out did not end the session and go to the login page";
        }
        for (Integer id : attachedInLastResponse) {
            Node node = nodes.get(id);
            if (node != null && "gba-error-notification".equals(node.elementId())) {
                return "the app refused: " + Optional.ofNullable(node.property("text")).orElse(String.join(" ", texts(node)));
            }
        }
        return "ok";
    }

    private void apply(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        if ("detach".equals(type)) {
            Node gone = nodes.remove(id);
            if (gone != null && gone.parent != null && nodes.containsKey(gone.parent)) {
                nodes.get(gone.parent).children.remove(Integer.valueOf(id));
            }
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        if ("attach".equals(type)) {
            attachedInLastResponse.add(id);
            return;
        }
        int feature = change.path("feat").asInt(-1);
        String key = change.path("key").asText(null);
        switch (type) {
            case "put" -> {
                JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
                switch (feature) {
                    case ELEMENT_DATA -> {
                        if ("tag".equals(key)) {
                            node.tag = value.asText();
                        } else if ("visible".equals(key)) {
                            node.visible = value.asBoolean(true);
                        }
                    }
                    case ELEMENT_PROPERTIES -> node.properties.put(key, value);
                    case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value);
                    case TEXT_NODE -> node.text = value == null ? null : value.asText();
                    default -> {
                    }
                }
            }
            case "remove" -> {
                if (feature == ELEMENT_PROPERTIES) {
                    node.properties.remove(key);
                } else if (feature == ELEMENT_ATTRIBUTES) {
                    node.attributes.remove(key);
                }
            }
            case "clear" -> {
                if (feature == ELEMENT_CHILDREN) {
                    node.children.clear();
                }
            }
            case "splice" -> {
                if (feature == ELEMENT_CHILDREN) {
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < node.children.size(); i++) {
                        node.children.remove(index);
                    }
                    int at = Math.min(index, node.children.size());
                    for (JsonNode added : change.path("addNodes")) {
                        int child = added.asInt();
                        node.children.add(at++, child);
                        nodes.computeIfAbsent(child, Node::new).parent = id;
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The JavaScript the server asks the browser to run: only what reaches the server again, or navigates, matters. */
    private void execute(JsonNode invocation) {
        if (!invocation.isArray() || invocation.isEmpty()) {
            return;
        }
        String script = invocation.get(invocation.size() - 1).asText("");
        if (script.contains("'vaadin-navigate'") && invocation.size() >= 3) {
            navigatedTo = invocation.get(1).asText();
        }
        if (script.contains("vaadin-redirect-pending") || script.contains("window.open($0")) {
            redirectedTo = invocation.get(0).asText();
        }
        Matcher call = SERVER_CALL.matcher(script);
        if (call.find()) {
            int node = -1;
            for (JsonNode parameter : invocation) {
                if (parameter.has("@v-node")) {
                    node = parameter.get("@v-node").asInt();
                }
            }
            if (node > 0) {
                // liveRefresh(): the attempt screen asks to be refreshed after every move (the browser calls it at
                // once); updateSelectedTab(true): a tab sheet's items-changed listener fires as soon as it renders
                ObjectNode rpc = JSON.createObjectNode();
                rpc.put("type", "publishedEventHandler");
                rpc.put("node", node);
                rpc.put("templateEventMethodName", call.group(1));
                ArrayNode arguments = rpc.putArray("templateEventMethodArgs");
                String argument = call.group(2).trim();
                if (!argument.isEmpty()) {
                    arguments.add(JSON.valueToTree(parseLiteral(argument)));
                }
                rpc.put("promise", promiseId++);
                pendingServerCalls.add(rpc);
            }
        }
    }

    private static Object parseLiteral(String literal) {
        return switch (literal) {
            case "true" -> true;
            case "false" -> false;
            default -> literal.replace("'", "").replace("\"", "");
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // finding things on the page

    /** The shown element with this id (the newest one, if a re-render briefly left two). */
    Optional<Node> byId(String id) {
        return nodes.values().stream()
                .filter(node -> id.equals(node.elementId()) && shown(node))
                .max(java.util.Comparator.comparingInt(node -> node.id));
    }

    int nodeOf(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no element with id " + id + " on the page")).id;
    }

    boolean has(String id) {
        return byId(id).isPresent();
    }

    /** Elements with this id prefix that the last response attached (new search results, a new notification). */
    List<Node> attachedNow(String prefix) {
        return attachedInLastResponse.stream().map(nodes::get)
                .filter(node -> node != null && node.elementId() != null && node.elementId().startsWith(prefix)).toList();
    }

    /** Shown elements whose id starts with this prefix, as id → node. */
    Map<String, Node> withIdPrefix(String prefix) {
        Map<String, Node> found = new java.util.TreeMap<>();
        nodes.values().stream()
                .filter(node -> node.elementId() != null && node.elementId().startsWith(prefix) && shown(node))
                .forEach(node -> found.merge(node.elementId(), node, (a, b) -> a.id > b.id ? a : b));
        return found;
    }

    /** Visible itself and in all its ancestors that the client knows. */
    boolean shown(Node node) {
        Node current = node;
        int depth = 0;
        while (current != null && depth++ < 200) {
            if (!current.visible) {
                return false;
            }
            current = current.parent == null ? null : nodes.get(current.parent);
        }
        return true;
    }

    static boolean enabled(Node node) {
        return !node.attributes.containsKey("disabled") && !"true".equals(node.property("disabled"));
    }

    List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collectTexts(node, out, 0);
        return out;
    }

    String text(String id) {
        return byId(id).map(node -> String.join(" ", texts(node))).orElse("");
    }

    private void collectTexts(Node node, List<String> out, int depth) {
        if (node == null || depth > 100) {
            return;
        }
        if (node.text != null) {
            out.add(node.text);
        }
        for (Integer child : node.children) {
            collectTexts(nodes.get(child), out, depth + 1);
        }
    }

    List<Node> children(Node node) {
        return node.children.stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
    }

    static String abbreviate(String text) {
        String flat = text == null ? "null" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
