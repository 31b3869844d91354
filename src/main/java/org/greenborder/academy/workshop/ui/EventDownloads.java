package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.greenborder.academy.shared.ui.Downloads;
import org.greenborder.academy.workshop.CalendarService;
import org.greenborder.academy.workshop.WorkshopDocuments;
import org.springframework.stereotype.Component;

/**
 * Links that produce files on demand: agenda PDF, sign-in sheets, calendar files, QR codes. Each file is made
 * when clicked, in the clicking user's security context, so the services' access checks apply.
 */
@Component
class EventDownloads {

    private final WorkshopDocuments documents;
    private final CalendarService calendars;

    EventDownloads(WorkshopDocuments documents, CalendarService calendars) {
        this.documents = documents;
        this.calendars = calendars;
    }

    Anchor agendaPdf(long eventId) {
        return Downloads.link("agenda-pdf", "Agenda (PDF)", VaadinIcon.FILE_TEXT_O, "agenda-" + eventId + ".pdf", "application/pdf",
                () -> documents.agendaPdf(eventId));
    }

    Anchor eventCalendar(long eventId) {
        return Downloads.link("event-ics", "Add to calendar", VaadinIcon.CALENDAR, "event-" + eventId + ".ics", "text/calendar; charset=UTF-8",
                () -> calendars.eventCalendar(eventId).getBytes(StandardCharsets.UTF_8));
    }

    Anchor sessionCalendar(long sessionId) {
        Anchor anchor = Downloads.link("session-ics-" + sessionId, "Calendar", VaadinIcon.CALENDAR, "session-" + sessionId + ".ics",
                "text/calendar; charset=UTF-8", () -> calendars.sessionCalendar(sessionId).getBytes(StandardCharsets.UTF_8));
        anchor.addClassName("gba-small-link");
        return anchor;
    }

    Anchor signInSheet(long sessionId) {
        return Downloads.link("sign-in-sheet", "Sign-in sheet (PDF)", VaadinIcon.PRINT, "sign-in-" + sessionId + ".pdf", "application/pdf",
                () -> documents.signInSheetPdf(sessionId));
    }

    Image qrCode(String url) {
        Image image = new Image((DownloadHandler) event -> {
            byte[] png = documents.checkInQrPng(url, 360);
            event.setContentType("image/png");
            event.setContentLength(png.length);
            event.getOutputStream().write(png);
        }, "QR code for " + url);
        image.setId("check-in-qr");
        image.setWidth("18rem");
        image.setHeight("18rem");
        return image;
    }

    /** The address of the app as the browser sees it, for links that leave the app (QR codes, calendar feeds). */
    static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest http = servletRequest.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath() + "/";
        }
        return "http://localhost:8080/";
    }

    String feedUrl(String token) {
        return baseUrl() + "calendar/" + token + ".ics";
    }

    String myFeedToken() {
        return calendars.myFeedToken();
    }

    String renewFeedToken() {
        return calendars.renewFeedToken();
    }
}
