package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaPdfTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2014, 4, 1);
    private static final LocalDate APRIL_2 = LocalDate.of(2014, 4, 2);

    static AgendaPdf.Agenda agenda(List<AgendaPdf.Session> sessions) {
        return new AgendaPdf.Agenda("Regional workshop on illegal trade in ozone-depleting substances",
                "Capacity-building workshop", APRIL_1, LocalDate.of(2014, 4, 3), "Vientiane", "Lao PDR",
                ZoneId.of("Asia/Vientiane"),
                List.of("United Nations Environment Programme (UNEP)"), List.of("World Customs Organization (WCO)"),
                sessions, LocalDate.of(2014, 3, 20));
    }

    static List<AgendaPdf.Session> sessions() {
        return List.of(
                new AgendaPdf.Session(APRIL_1, LocalTime.of(9, 0), LocalTime.of(10, 30), "Plenary", false,
                        "Opening and regional overview", "Main hall",
                        List.of("Khamphet Sisavath (ຄຳເພັດ ສີສະຫວາດ), Lao Customs Department"),
                        List.of(new AgendaPdf.Contribution("Video presentation",
                                "Secretariat of the Basel, Rotterdam and Stockholm Conventions", "Chemicals and waste", null)),
                        "How ozone-depleting substances cross the region's borders.",
                        List.of("Customs officers know the HS codes"), List.of("Shared list of risk indicators"), List.of()),
                new AgendaPdf.Session(APRIL_1, LocalTime.of(10, 30), LocalTime.of(11, 0), "Break", true,
                        "Coffee break", null, List.of(), List.of(), null, List.of(), List.of(), List.of()),
                new AgendaPdf.Session(APRIL_2, LocalTime.of(14, 0), LocalTime.of(15, 30), "Breakout groups", false,
                        "Risk profiling in practice", "Rooms 2 and 3", List.of(), List.of(), null, List.of(), List.of(),
                        List.of(new AgendaPdf.Group("Group A", "Land borders",
                                List.of(new AgendaPdf.Question("a", "Which documents accompany a shipment?"),
                                        new AgendaPdf.Question("b", "Who inspects at the border?"))))));
    }

    @Test
    void showsTheEventTheDaysAndEachSessionWithItsDetails() {
        byte[] pdf = AgendaPdf.render(agenda(sessions()));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfText.of(pdf).all();
        assertThat(text)
                .contains("Regional workshop on illegal trade in ozone-depleting substances")
                .contains("Capacity-building workshop")
                .contains("1–3 April 2014 · Vientiane, Lao PDR")
                .contains("Asia/Vientiane, UTC+07:00")
                .contains("Organised by: United Nations Environment Programme (UNEP)")
                .contains("In partnership with: World Customs Organization (WCO)")
                .contains("Tuesday, 1 April 2014")
                .contains("Wednesday, 2 April 2014")
                .contains("09:00–10:30", "10:30–11:00", "14:00–15:30")
                .contains("Opening and regional overview", "Main hall", "Coffee break")
                .contains("ຄຳເພັດ ສີສະຫວາດ")
                .contains("Video presentation — Secretariat of the Basel, Rotterdam and Stockholm Conventions")
                .contains("Scope", "How ozone-depleting substances cross the region's borders.")
                .contains("Underlying assumptions", "• Customs officers know the HS codes")
                .contains("Expected goals", "• Shared list of risk indicators")
                .contains("Group A — Land borders")
                .contains("a. Which documents accompany a shipment?", "b. Who inspects at the border?")
                .contains("Generated 20 March 2014")
                .containsPattern("Page 1 of \\d");
        assertThat(text.indexOf("Tuesday, 1 April 2014")).isLessThan(text.indexOf("Opening and regional overview"));
        assertThat(text.indexOf("Opening and regional overview")).isLessThan(text.indexOf("Wednesday, 2 April 2014"));
        assertThat(text.indexOf("Wednesday, 2 April 2014")).isLessThan(text.indexOf("Risk profiling in practice"));
    }

    @Test
    void numbersEveryPageOfALongAgenda() {
        List<AgendaPdf.Session> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new AgendaPdf.Session(APRIL_1, LocalTime.of(8, 0).plusMinutes(15L * i), LocalTime.of(8, 15).plusMinutes(15L * i),
                    "Plenary", false, "Session " + (i + 1), null, List.of(), List.of(), "Scope " + (i + 1),
                    List.of("One", "Two"), List.of("Three"), List.of()));
        }

        PdfText text = PdfText.of(AgendaPdf.render(agenda(many)));

        int pages = text.pages().size();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(text.page(page)).contains("Page " + page + " of " + pages);
        }
        assertThat(text.page(2)).as("table header repeated").contains("Time Session Room");
    }

    @Test
    void saysSoWhenThereAreNoSessions() {
        assertThat(PdfText.of(AgendaPdf.render(agenda(List.of()))).all()).contains("The agenda has no sessions yet.");
    }

    @Test
    void formatsDateRanges() {
        assertThat(PdfLayout.dateRange(APRIL_1, APRIL_1)).isEqualTo("1 April 2014");
        assertThat(PdfLayout.dateRange(APRIL_1, LocalDate.of(2014, 4, 3))).isEqualTo("1–3 April 2014");
        assertThat(PdfLayout.dateRange(LocalDate.of(2014, 3, 30), APRIL_2)).isEqualTo("30 March – 2 April 2014");
        assertThat(PdfLayout.dateRange(LocalDate.of(2014, 12, 30), LocalDate.of(2015, 1, 2)))
                .isEqualTo("30 December 2014 – 2 January 2015");
        assertThat(PdfLayout.dayHeading(APRIL_1)).isEqualTo("Tuesday, 1 April 2014");
        assertThat(PdfLayout.zoneLabel(ZoneId.of("Europe/Zurich"), LocalDate.of(2014, 7, 1))).isEqualTo("Europe/Zurich, UTC+02:00");
        assertThat(PdfLayout.zoneLabel(ZoneId.of("UTC"), APRIL_1)).isEqualTo("UTC");
    }
}
