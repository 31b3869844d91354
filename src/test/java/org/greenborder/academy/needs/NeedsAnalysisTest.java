package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.certificate.IssuedCertificate;
import org.greenborder.academy.scenario.AttemptRecord;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.OutcomeKind;
import org.greenborder.academy.workshop.OutcomeStatus;
import org.greenborder.academy.workshop.OwnerType;
import org.greenborder.academy.workshop.WorkshopHistory;
import org.junit.jupiter.api.Test;

/**
 * The needs arithmetic on a small world worked out by hand: three themes, three rounds, two workshops, two
 * attempts, two certificates. Each expectation below is derived in the comment beside it.
 */
class NeedsAnalysisTest {

    static final CountryCode LA = CountryCode.of("LA");
    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode JP = CountryCode.of("JP");
    static final String A = "INFORMATION_SHARING";
    static final String B = "RESOURCES";
    static final String C = "SUBSTANCE_IDENTIFICATION";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final List<Theme> THEMES = List.of(
            new Theme(A, "Information and intelligence sharing", null, 10, true, List.of("intelligence-sharing")),
            new Theme(B, "Capacity and financial resources", null, 40, true, List.of()),
            new Theme(C, "Identifying ODS, HFCs, chemicals and wastes", null, 80, true, List.of("hs-codes")));

    static final NeedsData.Round R1 = new NeedsData.Round(1, "Lao workshop 2014", LocalDate.of(2014, 4, 1), Set.of());
    static final NeedsData.Round R2 = new NeedsData.Round(2, "REN 2016 survey", LocalDate.of(2016, 11, 8), Set.of());
    static final NeedsData.Round R3 = new NeedsData.Round(3, "Asian Network 2018", LocalDate.of(2018, 5, 1), Set.of(Convention.BASEL));

    private long ids;

    private Rating analyst(NeedsData.Round round, CountryCode country, AgencyType agency, String theme, int level) {
        return new Rating(++ids, round.id(), country, agency, theme, "", level, "comment " + ids, RatingSource.ANALYST, "analyst",
                Instant.EPOCH, 0);
    }

    private Rating survey(NeedsData.Round round, CountryCode country, AgencyType agency, String theme, int level, String who) {
        return new Rating(++ids, round.id(), country, agency, theme, who, level, null, RatingSource.SURVEY, who, Instant.EPOCH, 0);
    }

    NeedsData data() {
        List<Rating> ratings = new ArrayList<>(List.of(
                analyst(R1, LA, AgencyType.CUSTOMS, A, 5),
                analyst(R1, LA, AgencyType.COMPETENT_AUTHORITY, A, 4),  // LA A in R1 = (5 + 4) / 2 = 4.5
                analyst(R1, LA, AgencyType.CUSTOMS, B, 5),              // LA B = 5, never rated again
                analyst(R1, VN, AgencyType.CUSTOMS, A, 3),
                analyst(R1, VN, AgencyType.CUSTOMS, C, 4),
                survey(R1, VN, AgencyType.CUSTOMS, C, 2, "vn.a"),       // ignored: the analyst rated customs
                survey(R1, VN, AgencyType.COMPETENT_AUTHORITY, C, 3, "vn.b"),
                survey(R1, VN, AgencyType.COMPETENT_AUTHORITY, C, 4, "vn.c"), // CA = 3.5; VN C = (4 + 3.5) / 2 = 3.75
                analyst(R2, LA, AgencyType.CUSTOMS, A, 2),              // LA A now 2
                analyst(R2, LA, AgencyType.CUSTOMS, C, 3),              // LA C = 3
                analyst(R2, VN, AgencyType.CUSTOMS, A, 4),              // VN A now 4
                analyst(R3, JP, AgencyType.CUSTOMS, C, 5)));            // Basel round, North-East Asia
        WorkshopHistory.Participant p1 = new WorkshopHistory.Participant(1, null, "Lao officer", LA, AgencyType.CUSTOMS, EventRole.PARTICIPANT, true);
        WorkshopHistory.Participant p2 = new WorkshopHistory.Participant(2, "vn.p2", "Viet officer", VN, AgencyType.CUSTOMS, EventRole.PARTICIPANT, true);
        WorkshopHistory.Participant p3 = new WorkshopHistory.Participant(3, "vn.p3", "Viet officer 2", VN, AgencyType.COMPETENT_AUTHORITY, EventRole.PARTICIPANT, true);
        WorkshopHistory.Participant p4 = new WorkshopHistory.Participant(4, "la.p4", "Absent", LA, AgencyType.CUSTOMS, EventRole.PARTICIPANT, false);
        WorkshopHistory.Event e1 = new WorkshopHistory.Event(11, "Lao workshop", EventType.CAPACITY_BUILDING_WORKSHOP, EventStatus.CLOSED,
                LocalDate.of(2014, 4, 1), LocalDate.of(2014, 4, 3), "Vientiane", LA,
                EnumSet.of(CapacityTheme.INFORMATION_SHARING, CapacityTheme.RESOURCES), Set.of(), true, List.of(p1, p2));
        WorkshopHistory.Event e2 = new WorkshopHistory.Event(12, "Bangkok 2017", EventType.CAPACITY_BUILDING_WORKSHOP, EventStatus.CLOSED,
                LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 2), "Bangkok", CountryCode.of("TH"),
                EnumSet.of(CapacityTheme.INFORMATION_SHARING), Set.of(), true, List.of(p3, p4));
        AttemptRecord vn = new AttemptRecord(21, "vn.1", "VN", "Customs", "s1", "HCFC-22 as HFC-134a", List.of("hs-codes"),
                List.of("basel"), Instant.parse("2018-06-01T03:00:00Z"), true, 80,
                List.of(new AttemptRecord.Flag("f1", "HS code does not match", true), new AttemptRecord.Flag("f2", "Cylinder colour", false)));
        AttemptRecord la = new AttemptRecord(22, "la.1", "LA", "Customs", "s2", "Free zone transhipment", List.of("intelligence-sharing"),
                List.of("montreal"), Instant.parse("2018-06-02T03:00:00Z"), false, 40,
                List.of(new AttemptRecord.Flag("f1", "Manifest differs", false), new AttemptRecord.Flag("f3", "Seal number changed", false)));
        WorkshopHistory.Action open = new WorkshopHistory.Action(31, 11, "Lao workshop", LocalDate.of(2014, 4, 1), OutcomeKind.ACTION_ITEM,
                "Set up a contact point", CapacityTheme.INFORMATION_SHARING, OwnerType.COUNTRY, LA, "Lao PDR", LocalDate.of(2015, 1, 1),
                OutcomeStatus.OPEN, true);
        WorkshopHistory.Action done = new WorkshopHistory.Action(32, 11, "Lao workshop", LocalDate.of(2014, 4, 1), OutcomeKind.ACTION_ITEM,
                "Done already", CapacityTheme.RESOURCES, OwnerType.COUNTRY, LA, "Lao PDR", null, OutcomeStatus.DONE, false);
        List<IssuedCertificate> certificates = List.of(
                new IssuedCertificate(1, 11, CertificateKind.ATTENDANCE, LocalDate.of(2014, 4, 3), CertificateStatus.VALID),
                new IssuedCertificate(9, 13, CertificateKind.ATTENDANCE, LocalDate.of(2018, 5, 3), CertificateStatus.VALID));
        return new NeedsData(THEMES, List.of(R3, R2, R1), ratings, List.of(e1, e2), List.of(open, done), List.of(vn, la),
                certificates, Map.of(1L, LA, 2L, VN, 9L, JP), TODAY, ZoneOffset.UTC);
    }

    static final NeedsFilter SEA = new NeedsFilter(SubRegion.SOUTH_EAST_ASIA, null, null, null);

    @Test
    void currentNeedIsTheLatestRoundsMeanOverAgencies() {
        RegionalPicture picture = new NeedsAnalysis(data(), NeedsFilter.ANY).regional();

        assertThat(picture.cell(LA, A).orElseThrow().level()).isEqualTo(2.0);
        assertThat(picture.cell(LA, A).orElseThrow().roundTitle()).isEqualTo("REN 2016 survey");
        assertThat(picture.cell(LA, B).orElseThrow().level()).isEqualTo(5.0);
        assertThat(picture.cell(VN, C).orElseThrow().level()).isEqualTo(3.75);
        assertThat(picture.cell(JP, C).orElseThrow().level()).isEqualTo(5.0);
        assertThat(picture.cell(VN, B)).isEmpty();
        assertThat(picture.countries()).containsExactly(JP, LA, VN); // by name: Japan, Lao PDR, Viet Nam
    }

    @Test
    void subRegionLeavesOutOtherCountries() {
        RegionalPicture picture = new NeedsAnalysis(data(), SEA).regional();

        assertThat(picture.countries()).containsExactly(LA, VN);
        assertThat(picture.cell(JP, C)).isEmpty();
        assertThat(picture.totals()).isEqualTo(new RegionalPicture.Totals(
                2,  // LA, VN rated
                4,  // LA B 5, LA C 3, VN A 4, VN C 3.75
                3,  // LA B by the Lao workshop, VN A by Bangkok 2017, VN C by vn.1's exercise; LA C by nothing
                5,  // p1, p2, p3, vn.1, la.1 (p4 was absent)
                2,  // both workshops trained someone from the sub-region
                2,  // both attempts
                1)); // p1's certificate; the Japanese one is outside the sub-region
    }

    @Test
    void trendIsTheRegionalMeanPerRound() {
        RegionalPicture picture = new NeedsAnalysis(data(), SEA).regional();

        assertThat(picture.trend()).extracting(RegionalPicture.RoundTrend::roundTitle)
                .containsExactly("Lao workshop 2014", "REN 2016 survey"); // the 2018 round rated only Japan
        RegionalPicture.RoundTrend r1 = picture.trend().getFirst();
        assertThat(r1.levels()).containsExactly(
                new RegionalPicture.ThemeLevel(A, 3.75, 2),  // (4.5 + 3) / 2
                new RegionalPicture.ThemeLevel(B, 5.0, 1),
                new RegionalPicture.ThemeLevel(C, 3.75, 1));
        assertThat(picture.trend().get(1).levels()).containsExactly(
                new RegionalPicture.ThemeLevel(A, 3.0, 2),   // (2 + 4) / 2
                new RegionalPicture.ThemeLevel(C, 3.0, 1));
    }

    @Test
    void coverageSaysWhatReachedTheCountryAfterTheReport() {
        RegionalPicture picture = new NeedsAnalysis(data(), SEA).regional();

        assertThat(picture.coverage()).extracting(c -> c.country().value() + " " + c.themeCode() + " " + c.addressed())
                .containsExactly("LA RESOURCES true", "LA SUBSTANCE_IDENTIFICATION false",
                        "VN INFORMATION_SHARING true", "VN SUBSTANCE_IDENTIFICATION true");
        assertThat(picture.coverage().getFirst().trainingSince()).containsExactly("Lao workshop (April 2014, 1 officer)");
        assertThat(picture.coverage().get(2).trainingSince()).containsExactly("Bangkok 2017 (March 2017, 1 officer)");
        assertThat(picture.coverage().get(3).trainingSince()).containsExactly("1 exercise on related scenarios (1 passed)");
    }

    @Test
    void trainedOfficersAreCountedOncePerCountryAndYear() {
        RegionalPicture picture = new NeedsAnalysis(data(), SEA).regional();

        assertThat(picture.trained()).containsExactly(
                new RegionalPicture.TrainedCount(LA, 2014, 1, 1, 0),
                new RegionalPicture.TrainedCount(LA, 2018, 1, 0, 1),
                new RegionalPicture.TrainedCount(VN, 2014, 1, 1, 0),
                new RegionalPicture.TrainedCount(VN, 2017, 1, 1, 0),
                new RegionalPicture.TrainedCount(VN, 2018, 1, 0, 1));
    }

    @Test
    void missedFlagsAreTheGenuineFlagsNotFound() {
        RegionalPicture picture = new NeedsAnalysis(data(), SEA).regional();

        assertThat(picture.missedFlags()).extracting(m -> m.country().value() + " " + m.flagText() + " " + m.missedPercent())
                .containsExactly("LA Manifest differs 100", "LA Seal number changed 100", "VN Cylinder colour 100");
    }

    @Test
    void conventionFilterDropsRoundsAndExercisesOfOtherConventions() {
        RegionalPicture picture = new NeedsAnalysis(data(), new NeedsFilter(null, Convention.MONTREAL, null, null)).regional();

        assertThat(picture.cell(JP, C)).isEmpty(); // the Basel round is left out
        assertThat(picture.totals().attempts()).isEqualTo(1); // only la.1's Montreal scenario
        // VN C is no longer addressed: vn.1 played a Basel scenario
        assertThat(picture.coverage()).filteredOn(c -> c.country().equals(VN) && c.themeCode().equals(C))
                .singleElement().extracting(RegionalPicture.Coverage::addressed).isEqualTo(false);
        assertThat(picture.totals().needsAddressed()).isEqualTo(2);
    }

    @Test
    void yearShowsThatYearsTrainingAndTheNeedsAsTheyStoodAtItsEnd() {
        RegionalPicture picture = new NeedsAnalysis(data(), NeedsFilter.year(null, null, 2017)).regional();

        assertThat(picture.cell(JP, C)).isEmpty(); // reported in 2018
        assertThat(picture.trained()).containsExactly(new RegionalPicture.TrainedCount(VN, 2017, 1, 1, 0));
        assertThat(picture.totals().attempts()).isZero();
        assertThat(picture.coverage()).filteredOn(c -> c.country().equals(VN) && c.themeCode().equals(C))
                .singleElement().extracting(RegionalPicture.Coverage::addressed).isEqualTo(false); // the exercise came in 2018
    }

    @Test
    void recommendationsRankTheLargestUnaddressedNeedsWithTheirReasons() {
        NeedsAnalysis analysis = new NeedsAnalysis(data(), NeedsFilter.ANY);

        List<Recommendation> lao = analysis.recommendations(LA);
        // B: 5 + 0 (trained since) + 0.75 (last training 2014, over three years ago) = 5.75
        // C: 3 + 1 (nothing since) + 0.75 (never trained) = 4.75; A is at 2, below a reported need
        assertThat(lao).extracting(Recommendation::themeCode).containsExactly(B, C);
        assertThat(lao.getFirst().priority()).isEqualTo(5.75);
        assertThat(lao.getFirst().reasons()).containsExactly(
                "Need level 5 of 5 reported in Lao workshop 2014 (1 April 2014: Customs 5)",
                "Trained since it was reported: Lao workshop (April 2014, 1 officer)",
                "Last training on it: Lao workshop, April 2014 (12 years ago)",
                "No exercise trains this theme: it needs workshop sessions");
        assertThat(lao.get(1).priority()).isEqualTo(4.75);
        assertThat(lao.get(1).reasons()).contains(
                "No workshop or exercise on it has reached Lao PDR's officers since it was reported",
                "No training on it recorded for Lao PDR yet",
                "No related exercises played by Lao PDR's officers yet");

        List<Recommendation> viet = analysis.recommendations(VN);
        // C: 3.75 + 0 + 0.75 (exercise June 2018, over three years) + 0.5 (half the flags missed) = 5.0
        // A: 4 + 0 + 0.75 (Bangkok, March 2017) + 0 (no related exercise) = 4.75
        assertThat(viet).extracting(Recommendation::themeCode).containsExactly(C, A);
        assertThat(viet.getFirst().priority()).isCloseTo(5.0, within(0.001));
        assertThat(viet.getFirst().reasons()).contains(
                "Need level 3.8 of 5 reported in Lao workshop 2014 (1 April 2014: Customs 4, Competent authority / environment ministry 3.5)",
                "In related exercises, Viet Nam's officers found 50 % of the red flags (1 attempt)");
    }

    @Test
    void profileGathersNeedsTrainingResultsActionsAndCertificates() {
        CountryProfile profile = new NeedsAnalysis(data(), NeedsFilter.ANY).profile(LA);

        assertThat(profile.countryName()).isEqualTo("Lao PDR");
        assertThat(profile.subRegion()).isEqualTo("South-East Asia");
        assertThat(profile.needs()).extracting(CountryProfile.RoundNeeds::roundTitle).containsExactly("Lao workshop 2014", "REN 2016 survey");
        CountryProfile.ThemeNeed sharing2014 = profile.needs().getFirst().themes().getFirst();
        assertThat(sharing2014.level()).isEqualTo(4.5);
        assertThat(sharing2014.ratings()).extracting(CountryProfile.AgencyRating::level).containsExactly(5, 4);
        assertThat(profile.officersTrained()).containsExactly(new CountryProfile.AgencyTrained("Customs", 1, 1, 2));
        assertThat(profile.workshops()).extracting(CountryProfile.WorkshopAttended::title).containsExactly("Lao workshop");
        assertThat(profile.performance()).containsExactly(new CountryProfile.TopicPerformance("intelligence-sharing", 1, 0, 40, 0));
        assertThat(profile.openActions()).extracting(CountryProfile.ActionItem::text).containsExactly("Set up a contact point");
        assertThat(profile.certificates()).isEqualTo(new CountryProfile.Certificates(1, Map.of("Workshop attendance", 1)));
        assertThat(profile.recommendations()).extracting(Recommendation::themeCode).containsExactly(B, C);
    }
}
