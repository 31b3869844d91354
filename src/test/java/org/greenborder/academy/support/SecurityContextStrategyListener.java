package org.greenborder.academy.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's Spring integration installs each application context's security-context strategy in the JVM-wide
 * {@link SecurityContextHolder} when that context starts. Tests start several contexts in one JVM and reuse
 * cached ones, so the static holder may belong to another (even a closed) context, and code that reads it, such
 * as Vaadin's view access control in browserless tests, would not see the test's user. Before each test, point
 * the holder back at the strategy of the context the test runs in.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
