package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Function;
import org.greenborder.academy.scenario.AttemptProgressed;

/**
 * How a screen follows changes made elsewhere: the push only asks the browser to call the component's
 * {@code @ClientCallable liveRefresh()}, so the reload runs in the viewer's own request, with the viewer's
 * rights, never in the thread (and security context) of whoever made the change.
 */
final class LiveRefresh {

    private LiveRefresh() {
    }

    /** @return what stops following */
    static Runnable follow(Component component, UI ui, Function<Consumer<AttemptProgressed>, Runnable> subscribe) {
        return subscribe.apply(change -> ui.access(() -> component.getElement().executeJs("this.$server.liveRefresh()")));
    }
}
