package org.greenborder.academy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser over real HTTP, as far as sessions go: it keeps its session cookie, reads Spring's CSRF token off a
 * page and signs in through the form. Redirects are not followed, so a test sees where it is sent.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;
    /** The session cookie's value; a test may set it to replay a stolen cookie. */
    public String session;
    /** The last JSESSIONID Set-Cookie header, with its flags. */
    public String lastSetCookie;

    public HttpBrowser(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return remember(HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(HTTP.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .ifPresent(cookie -> {
                    lastSetCookie = cookie;
                    Matcher m = SESSION_COOKIE.matcher(cookie);
                    if (m.find()) {
                        session = m.group(1);
                    }
                });
        return response;
    }

    public String csrf(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        assertThat(m.find()).as("the page %s carries Spring's CSRF token", page).isTrue();
        return m.group(1);
    }

    public HttpResponse<String> signIn(String username, String password) throws Exception {
        String token = csrf("/login");
        return post("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** Whether the session still opens a page for signed-in users (not sent to the sign-in page). */
    public boolean signedIn() throws Exception {
        return get("/account").statusCode() == 200;
    }
}
