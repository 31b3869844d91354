package org.greenborder.academy.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * The API's refusals, written by the security filters before any controller runs, in the shape the API's own errors
 * have: {@code {"status","error","message"}}. The texts are the application's own, never a caller's input.
 */
final class JsonError {

    private JsonError() {
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
