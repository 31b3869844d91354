package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.greenborder.academy.needs.CountryProfile.ActionItem;
import org.greenborder.academy.needs.CountryProfile.AgencyRating;
import org.greenborder.academy.needs.CountryProfile.AgencyTrained;
import org.greenborder.academy.needs.CountryProfile.Certificates;
import org.greenborder.academy.needs.CountryProfile.RoundNeeds;
import org.greenborder.academy.needs.CountryProfile.ThemeNeed;
import org.greenborder.academy.needs.CountryProfile.TopicPerformance;
import org.greenborder.academy.needs.CountryProfile.WorkshopAttended;
import org.greenborder.academy.needs.RegionalPicture.Coverage;
import org.greenborder.academy.needs.RegionalPicture.HeatCell;
import org.greenborder.academy.needs.RegionalPicture.MissedFlag;
import org.greenborder.academy.needs.RegionalPicture.RoundTrend;
import org.greenborder.academy.needs.RegionalPicture.ThemeLevel;
import org.greenborder.academy.needs.RegionalPicture.Totals;
import org.greenborder.academy.needs.RegionalPicture.TrainedCount;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;

/** Hand-made dashboard data: a small picture whose every figure a test can name, and a realistic full-size one. */
final class NeedsSamples {

    static final CountryCode LA = CountryCode.of("LA");
    static final CountryCode VN = CountryCode.of("VN");
    static final NeedsFilter FILTER_2016 = NeedsFilter.year(SubRegion.SOUTH_EAST_ASIA, Convention.BASEL, 2016);

    static final List<Theme> THEMES = List.of(
            theme("INTEL", "Information and intelligence sharing", 1, "intelligence"),
            theme("RISK", "Risk profiling and targeting of shipments", 2, "risk"),
            theme("ODS", "Identification of ozone-depleting substances", 3, "ods"),
            theme("WASTE", "Sampling and testing of hazardous waste", 4, "e-waste"),
            theme("LAW", "Legislation and penalties", 5),
            theme("COOP", "Inter-agency cooperation", 6),
            theme("SEIZED", "Handling of seized goods and their disposal", 7),
            theme("ROUTES", "Illegal trade routes and modus operandi", 8));

    private NeedsSamples() {
    }

    static Theme theme(String code, String label, int position, String... topics) {
        return new Theme(code, label, label + ": what officers need to know", position, true, List.of(topics));
    }

    /** Lao PDR and Viet Nam on three themes, one round in 2015 and one in 2016. */
    static RegionalPicture small() {
        List<Theme> themes = THEMES.subList(0, 3);
        LocalDate round2015 = LocalDate.of(2015, 10, 1);
        LocalDate round2016 = LocalDate.of(2016, 9, 15);
        String title2016 = "Needs assessment 2016";
        List<HeatCell> heat = List.of(
                new HeatCell(LA, "INTEL", 4.5, title2016, round2016),
                new HeatCell(LA, "RISK", 3.0, title2016, round2016),
                new HeatCell(LA, "ODS", 2.0, title2016, round2016),
                new HeatCell(VN, "INTEL", 3.5, title2016, round2016),
                new HeatCell(VN, "RISK", 4.0, title2016, round2016));
        List<RoundTrend> trend = List.of(
                new RoundTrend(1, "Needs assessment 2015", round2015,
                        List.of(new ThemeLevel("INTEL", 4.8, 2), new ThemeLevel("RISK", 4.0, 2), new ThemeLevel("ODS", 2.5, 1))),
                new RoundTrend(2, title2016, round2016,
                        List.of(new ThemeLevel("INTEL", 4.0, 2), new ThemeLevel("RISK", 3.5, 2), new ThemeLevel("ODS", 2.0, 1))));
        List<Coverage> coverage = List.of(
                new Coverage(LA, "INTEL", 4.5, title2016, round2016, true, List.of("Vientiane workshop on intelligence sharing (2016)")),
                new Coverage(LA, "RISK", 3.0, title2016, round2016, false, List.of()),
                new Coverage(VN, "INTEL", 3.5, title2016, round2016, true, List.of("Exercises: intelligence (12 attempts)")),
                new Coverage(VN, "RISK", 4.0, title2016, round2016, true, List.of("Hai Phong port workshop (2016)")),
                new Coverage(VN, "ODS", 3.0, "Needs assessment 2015", round2015, false, List.of()));
        List<TrainedCount> trained = List.of(
                new TrainedCount(LA, 2016, 14, 12, 5),
                new TrainedCount(VN, 2016, 23, 20, 9));
        List<MissedFlag> flags = List.of(
                new MissedFlag(LA, "Mislabelled refrigerant cylinders", "Cylinder labels do not match the declared HFC blend", 8, 5),
                new MissedFlag(VN, "E-waste declared as second-hand goods", "Consignee has no licence to import used electronics", 10, 3));
        Totals totals = new Totals(2, 5, 3, 37, 4, 65, 29);
        return new RegionalPicture(FILTER_2016, themes, List.of(LA, VN), heat, trend, coverage, trained, flags, totals);
    }

    static RegionalPicture empty() {
        return new RegionalPicture(FILTER_2016, THEMES, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Totals(0, 0, 0, 0, 0, 0, 0));
    }

    static CountryProfile lao() {
        return new CountryProfile(LA, "Lao PDR", "South-East Asia",
                List.of(new RoundNeeds(2, "Needs assessment 2016", LocalDate.of(2016, 9, 15), List.of(
                                new ThemeNeed("INTEL", "Information and intelligence sharing", 4.5, List.of(
                                        new AgencyRating("Customs Department", 5, "No access to the regional RILO database"),
                                        new AgencyRating("Ministry of Natural Resources and Environment", 4, null))),
                                new ThemeNeed("RISK", "Risk profiling and targeting of shipments", 3.0, List.of(
                                        new AgencyRating("Customs Department", 3, "Profiles exist for Thanaleng only"))),
                                new ThemeNeed("ODS", "Identification of ozone-depleting substances", 2.0, List.of(
                                        new AgencyRating("Customs Department", 2, "Refrigerant identifiers at all main border crossings"))))),
                        new RoundNeeds(1, "Needs assessment 2015", LocalDate.of(2015, 10, 1), List.of(
                                new ThemeNeed("INTEL", "Information and intelligence sharing", 5.0, List.of()),
                                new ThemeNeed("ODS", "Identification of ozone-depleting substances", 3.0, List.of())))),
                List.of(new AgencyTrained("Customs Department", 12, 5, 14)),
                List.of(new WorkshopAttended(31, "Sub-regional workshop on intelligence sharing", LocalDate.of(2016, 3, 8),
                        LocalDate.of(2016, 3, 10), "Vientiane, Lao PDR", 9, List.of("Information and intelligence sharing"))),
                List.of(new TopicPerformance("ods", 18, 11, 64, 58)),
                List.of(new ActionItem(31, "Sub-regional workshop on intelligence sharing",
                        "Nominate a national focal point for ENVIRONET", "Information and intelligence sharing",
                        "Customs Department (ສົມສັກ ພົມມະຈັນ)", LocalDate.of(2016, 6, 30), "Open", true)),
                new Certificates(9, Map.of("WORKSHOP_ATTENDANCE", 9)),
                List.of(new Recommendation("RISK", "Risk profiling and targeting of shipments", 3.0, 0.82, List.of(
                                "Level 3.0 reported in Needs assessment 2016",
                                "No training on this theme has reached Lao PDR since it was reported")),
                        new Recommendation("INTEL", "Information and intelligence sharing", 4.5, 0.61, List.of(
                                "Level 4.5 reported in Needs assessment 2016",
                                "Officers found 58% of red flags in exercises on its topics"))));
    }

    static CountryProfile vietNam() {
        return new CountryProfile(VN, "Viet Nam", "South-East Asia",
                List.of(new RoundNeeds(2, "Needs assessment 2016", LocalDate.of(2016, 9, 15), List.of(
                        new ThemeNeed("INTEL", "Information and intelligence sharing", 3.5, List.of(
                                new AgencyRating("General Department of Viet Nam Customs", 4, "Đội kiểm soát cần thêm đào tạo"),
                                new AgencyRating("Viet Nam Environment Administration", 3, null))),
                        new ThemeNeed("RISK", "Risk profiling and targeting of shipments", 4.0, List.of())))),
                List.of(new AgencyTrained("General Department of Viet Nam Customs", 20, 9, 23)),
                List.of(new WorkshopAttended(32, "National workshop on e-waste at Hai Phong port", LocalDate.of(2016, 5, 17),
                        LocalDate.of(2016, 5, 19), "Hai Phong, Viet Nam", 14, List.of("Risk profiling and targeting of shipments"))),
                List.of(new TopicPerformance("e-waste", 30, 21, 72, 70)),
                List.of(),
                new Certificates(20, Map.of("WORKSHOP_ATTENDANCE", 14, "EXERCISE_COMPLETION", 6)),
                List.of(new Recommendation("ODS", "Identification of ozone-depleting substances", 3.0, 0.7, List.of(
                        "Level 3.0 reported in Needs assessment 2015",
                        "No exercises on ODS have been played by Viet Nam's officers"))));
    }

    /** Eight South-East Asian countries, eight themes, three rounds, five years: what a real dashboard shows. */
    static RegionalPicture regional() {
        Random random = new Random(2016);
        List<CountryCode> countries = List.of("KH", "ID", "LA", "MY", "MM", "PH", "TH", "VN").stream()
                .map(CountryCode::of).sorted(Comparator.comparing(CountryCode::displayName)).toList();
        List<LocalDate> dates = List.of(LocalDate.of(2014, 11, 3), LocalDate.of(2015, 10, 1), LocalDate.of(2016, 9, 15));
        List<String> titles = List.of("Needs assessment 2014", "Needs assessment 2015", "Needs assessment 2016");
        List<HeatCell> heat = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        for (CountryCode country : countries) {
            for (Theme theme : THEMES) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                double level = Math.round((1 + random.nextDouble() * 4) * 2) / 2.0;
                heat.add(new HeatCell(country, theme.code(), level, titles.get(2), dates.get(2)));
                if (level >= 3) {
                    boolean addressed = random.nextBoolean();
                    coverage.add(new Coverage(country, theme.code(), level, titles.get(2), dates.get(2), addressed,
                            addressed ? List.of("Regional workshop, Bangkok (2016)") : List.of()));
                }
            }
        }
        List<RoundTrend> trend = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<ThemeLevel> levels = new ArrayList<>();
            for (Theme theme : THEMES) {
                levels.add(new ThemeLevel(theme.code(), Math.round((4.4 - round * 0.4 - random.nextDouble()) * 10) / 10.0, 8));
            }
            trend.add(new RoundTrend(round + 1, titles.get(round), dates.get(round), levels));
        }
        List<TrainedCount> trained = new ArrayList<>();
        for (CountryCode country : countries) {
            for (int year = 2012; year <= 2016; year++) {
                int workshops = random.nextInt(25);
                int exercises = random.nextInt(10);
                trained.add(new TrainedCount(country, year, workshops + exercises / 2, workshops, exercises));
            }
        }
        String[] flagTexts = {"Cylinder labels do not match the declared HFC blend",
                "Consignee has no licence to import used electronics",
                "Transit declared through a port with no onward connection",
                "Gross weight far above what the declared goods would weigh",
                "Basel notification number belongs to a different shipment",
                "Same container number used on two bills of lading"};
        List<MissedFlag> flags = new ArrayList<>();
        for (CountryCode country : countries) {
            for (int i = 0; i < 2; i++) {
                int attempts = 5 + random.nextInt(20);
                flags.add(new MissedFlag(country, "Scenario " + (i + 1), flagTexts[random.nextInt(flagTexts.length)],
                        attempts, random.nextInt(attempts)));
            }
        }
        int addressed = (int) coverage.stream().filter(Coverage::addressed).count();
        Totals totals = new Totals(countries.size(), coverage.size(), addressed, 412, 11, 538, 301);
        return new RegionalPicture(NeedsFilter.year(SubRegion.SOUTH_EAST_ASIA, null, 2016), THEMES, countries, heat,
                trend, coverage, trained, flags, totals);
    }
}
