package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInSheetPdfTest {

    private static final String[] COUNTRIES = {"Viet Nam", "Cambodia", "Lao PDR", "Thailand", "Myanmar"};

    private static SignInSheetPdf.Sheet sheet(List<SignInSheetPdf.Row> rows) {
        return new SignInSheetPdf.Sheet("Regional workshop on illegal trade in ozone-depleting substances",
                "Risk profiling in practice", LocalDate.of(2014, 4, 2), LocalTime.of(14, 0), LocalTime.of(15, 30),
                ZoneId.of("Asia/Vientiane"), "Room 2", rows, LocalDate.of(2014, 3, 31));
    }

    private static List<SignInSheetPdf.Row> people(int count) {
        List<SignInSheetPdf.Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new SignInSheetPdf.Row(String.format("Participant %02d", i), null, COUNTRIES[i % COUNTRIES.length],
                    "National customs administration", "Customs"));
        }
        return rows;
    }

    @Test
    void listsEachPersonWithAColumnToSign() {
        List<SignInSheetPdf.Row> rows = List.of(
                new SignInSheetPdf.Row("Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ", "Lao PDR", "Lao Customs Department", "Customs"),
                new SignInSheetPdf.Row("Sokha Chan", "សុខា ចាន់", "Cambodia", "General Department of Customs and Excise",
                        "Competent authority / environment ministry"));

        PdfText text = PdfText.of(SignInSheetPdf.render(sheet(rows)));

        assertThat(text.pages()).hasSize(1);
        assertThat(text.page(1))
                .contains("Sign-in sheet", "Regional workshop on illegal trade in ozone-depleting substances")
                .contains("Risk profiling in practice")
                .contains("Wednesday, 2 April 2014 · 14:00–15:30 (Asia/Vientiane, UTC+07:00) · Room 2")
                .contains("No. Name Country Organisation Agency type Signature")
                .contains("Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ", "Lao Customs Department")
                .contains("Sokha Chan", "Competent authority")
                .contains("Page 1 of 1");
        // Cambodia before Lao PDR, numbered in that order
        assertThat(text.page(1)).containsPattern("1 Sokha Chan .*2 Khamphet Sisavath");
    }

    @Test
    void sortsByCountryThenName() {
        List<SignInSheetPdf.Row> ordered = SignInSheetPdf.ordered(List.of(
                new SignInSheetPdf.Row("Vilay", null, "Lao PDR", null, "Customs"),
                new SignInSheetPdf.Row("anan", null, "Thailand", null, "Customs"),
                new SignInSheetPdf.Row("Bounmy", null, "Lao PDR", null, "Police"),
                new SignInSheetPdf.Row("Dara", null, "Cambodia", null, "Customs"),
                new SignInSheetPdf.Row("Aung", null, "Myanmar", null, "Customs"),
                new SignInSheetPdf.Row("Boupha", null, "Lao PDR", null, "Customs")));

        assertThat(ordered).extracting(SignInSheetPdf.Row::fullName)
                .containsExactly("Dara", "Bounmy", "Boupha", "Vilay", "Aung", "anan");
    }

    @Test
    void runsOverSeveralPagesWithTheHeaderOnEach() {
        PdfText text = PdfText.of(SignInSheetPdf.render(sheet(people(60))));

        assertThat(text.pages().size()).isGreaterThan(1);
        for (int page = 1; page <= text.pages().size(); page++) {
            assertThat(text.page(page)).as("page " + page)
                    .contains("No. Name Country Organisation Agency type Signature")
                    .contains("Page " + page + " of " + text.pages().size());
        }
        String all = text.all();
        assertThat(all).contains("60 Participant").doesNotContain("61 Participant");
        for (int i = 1; i <= 60; i++) {
            assertThat(all).contains(String.format("Participant %02d", i));
        }
    }

    @Test
    void saysSoWhenNobodyIsConfirmed() {
        assertThat(PdfText.of(SignInSheetPdf.render(sheet(List.of()))).all())
                .contains("Signature", "No one is confirmed for this event yet.");
    }
}
