package org.greenborder.academy.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.greenborder.academy.Application;

/**
 * Browserless tests see every route of the application, as a user would, not only the views of the test's own
 * package (the library's default): access control, layouts and error views live in other packages.
 */
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of(Application.class.getPackageName());
    }
}
