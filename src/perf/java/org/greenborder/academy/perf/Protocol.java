package org.greenborder.academy.perf;

import io.gatling.javaapi.http.HttpDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/** Requests as a desktop browser sends them; static resources (scripts, styles, fonts) are cached and left out. */
final class Protocol {

    private Protocol() {
    }

    static HttpProtocolBuilder http(PerfSettings settings) {
        return HttpDsl.http.baseUrl(settings.baseUrl())
                .wsBaseUrl(settings.baseUrl().replaceFirst("^http", "ws"))
                // server messages on the push connection wait here until the next request applies them
                .wsUnmatchedInboundMessageBufferSize(256)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 GBA-perf");
    }
}
