package org.greenborder.academy.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API endpoint that fails as a bug would (test sources only, so in every test context and never in the
 * application): what the caller gets then is checked by {@code ApiSecurityTest}.
 */
@RestController
class FailingApiEndpoint {

    static final String PATH = "/api/test-only/failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("internal detail: connection string jdbc:secret");
    }
}
