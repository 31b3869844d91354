package org.greenborder.academy.scenario;

import java.util.Map;
import org.springframework.context.ApplicationContext;

/** For view tests in other packages: load given texts as if they were the whole scenario folder. */
public final class ScenarioFolderAccess {

    private ScenarioFolderAccess() {
    }

    public static ReloadSummary loadTexts(ApplicationContext context, Map<String, String> files) {
        return context.getBean(ScenarioCatalogue.class).loadTexts(files);
    }
}
