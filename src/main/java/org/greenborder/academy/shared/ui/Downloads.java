package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;

/**
 * A link that makes its file when clicked, in the clicking user's security context, so that the service that
 * produces the bytes checks that user's rights at that moment.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String id, String text, VaadinIcon icon, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        }, "");
        anchor.add(icon.create());
        anchor.add(" " + text);
        anchor.setId(id);
        anchor.addClassName("gba-download");
        return anchor;
    }
}
