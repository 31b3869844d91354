package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The JSON API and the actuator over real HTTP, with the demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theApiAnswersEachDemoUserWithTheirRolesAndNoSessionCookie() throws Exception {
        HttpResponse<String> response = get("/api/me", "analyst", "ozone-layer-1987");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"analyst\"", "\"roles\":[\"ANALYST\"]");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiRefusesMissingOrWrongCredentialsWithJson() throws Exception {
        HttpResponse<String> anonymous = get("/api/me", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\":\"unauthorized\"");

        HttpResponse<String> wrong = get("/api/me", "trainee", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void otherActuatorEndpointsAreForAdministrators() throws Exception {
        assertThat(get("/actuator/info", "trainee", "ozone-layer-1987").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/info", "admin", "ozone-layer-1987").statusCode()).isEqualTo(200);
    }

    @Test
    void theUserInterfaceSendsStrangersToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/admin/users", null, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anUnexpectedFailureIsA500WithoutItsDetails() throws Exception {
        HttpResponse<String> response = get("/api/test-only/failure", "trainee", "ozone-layer-1987");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("500").doesNotContain("internal detail", "jdbc", "IllegalStateException", "at org.");
    }
}
