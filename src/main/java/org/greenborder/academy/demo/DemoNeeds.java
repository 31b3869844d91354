package org.greenborder.academy.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.greenborder.academy.needs.NeedsRound;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.SheetLine;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.WorkshopService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo needs assessments, entered by the demo analyst. The 2014 round holds the needs that the Lao PDR workshop's
 * report names (high for the nine delegations that came); the 2016 round, at REN's fifth workshop, shows them lower
 * where that workshop trained on them, except capacity and resources, which training does not give; the Asian
 * Network round is open for its participants to answer through the survey link. The levels are demo figures,
 * drawn from fixed rules and a fixed seed: no survey results were published for these events.
 */
@Component
@Order(65)
class DemoNeeds implements ApplicationRunner {

    static final String NEEDS_SEED = "demo-needs-v1";
    static final String ROUND_2014 = "Needs named at the Lao PDR workshop, April 2014";
    static final String ROUND_2016 = "REN 5th annual workshop needs survey, November 2016";
    static final String ROUND_ASIAN_NETWORK = "Asian Network workshop survey";

    /** The nine delegations of the 2014 workshop (the seed's list). */
    static final List<String> LAO_2014_COUNTRIES = List.of("KH", "ID", "LA", "MY", "MM", "PH", "TL", "TH", "VN");
    /** Fifteen countries at the 2016 workshop: the seed gives the number, not the list; these are REN members. */
    static final List<String> REN_2016_COUNTRIES = List.of("KH", "ID", "LA", "MY", "MM", "PH", "TL", "TH", "VN",
            "BN", "SG", "CN", "MN", "BD", "LK");

    /** The six needs the Lao PDR workshop names. */
    private static final Set<CapacityTheme> NAMED_2014 = EnumSet.of(CapacityTheme.INFORMATION_SHARING,
            CapacityTheme.EXPERTISE, CapacityTheme.LEGISLATION, CapacityTheme.RESOURCES,
            CapacityTheme.TRADE_FACILITATION_BALANCE, CapacityTheme.AWARENESS);
    /** Delegations with more established controls rate some needs a point lower. */
    private static final Map<String, Set<CapacityTheme>> STRONGER = Map.of(
            "MY", EnumSet.of(CapacityTheme.LEGISLATION, CapacityTheme.RESOURCES, CapacityTheme.EXPERTISE),
            "TH", EnumSet.of(CapacityTheme.LEGISLATION, CapacityTheme.EXPERTISE),
            "SG", EnumSet.allOf(CapacityTheme.class),
            "CN", EnumSet.of(CapacityTheme.LEGISLATION, CapacityTheme.RESOURCES),
            "ID", EnumSet.of(CapacityTheme.LEGISLATION));

    private static final Map<CapacityTheme, String> COMMENTS_2014 = Map.of(
            CapacityTheme.INFORMATION_SHARING, "Alerts on suspicious shipments reach the border late or not at all.",
            CapacityTheme.RESOURCES, "Too few refrigerant identifiers and no budget to store or dispose of seized goods.",
            CapacityTheme.TRADE_FACILITATION_BALANCE, "Pressure to clear goods fast leaves little time for physical checks.");
    private static final Map<CapacityTheme, String> COMMENTS_2016 = Map.of(
            CapacityTheme.RESOURCES, "Identifiers at the main port only; none at the land border posts.",
            CapacityTheme.SUBSTANCE_IDENTIFICATION, "Refrigerant blends and mixed waste are hard to classify without a laboratory.",
            CapacityTheme.ESM_CONFIRMATION, "No way to check the receiving facility named in a notification.");

    private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

    private final DemoProperties properties;
    private final DataSeedRepository seeds;
    private final NeedsService needs;
    private final WorkshopService workshops;
    private final SystemIdentity system;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoNeeds(DemoProperties properties, DataSeedRepository seeds, NeedsService needs, WorkshopService workshops,
              SystemIdentity system, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.seeds = seeds;
        this.needs = needs;
        this.workshops = workshops;
        this.system = system;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || seeds.existsById(NEEDS_SEED) || !seeds.existsById(DemoDataLoader.WORKSHOPS_SEED)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                system.callAs("analyst", Role.ANALYST, () -> {
                    load();
                    return null;
                });
                seeds.save(new DataSeed(NEEDS_SEED, Instant.now(clock)));
            });
            log.info("Loaded demo data '{}'", NEEDS_SEED);
        } catch (RuntimeException e) {
            log.warn("Demo data '{}' not loaded: {}", NEEDS_SEED, e.toString());
        }
    }

    private void load() {
        SplittableRandom random = new SplittableRandom(2014_04_01L);
        NeedsRound r2014 = round(ROUND_2014, LocalDate.of(2014, 4, 1), eventId(DemoWorkshops.LAO_WORKSHOP), Set.of(), """
                The needs the participants named, building on those identified at REN's second network workshop. \
                Demo levels: the report names the needs, not their levels.""");
        Map<String, Integer> levels2014 = new java.util.HashMap<>();
        for (String country : LAO_2014_COUNTRIES) {
            for (AgencyType agency : List.of(AgencyType.CUSTOMS, AgencyType.COMPETENT_AUTHORITY)) {
                rate(r2014, country, agency, theme -> {
                    int level = level2014(country, theme, random);
                    levels2014.put(country + agency + theme, level);
                    return level;
                }, COMMENTS_2014);
            }
        }
        NeedsRound r2016 = round(ROUND_2016, LocalDate.of(2016, 11, 8), eventId(DemoWorkshops.REN_2016), Set.of(), """
                Survey of the delegations at REN's fifth annual workshop in Bangkok. Demo levels.""");
        for (String country : REN_2016_COUNTRIES) {
            boolean trainedIn2014 = LAO_2014_COUNTRIES.contains(country);
            for (AgencyType agency : List.of(AgencyType.CUSTOMS, AgencyType.COMPETENT_AUTHORITY, AgencyType.NATIONAL_OZONE_UNIT)) {
                AgencyType earlier = agency == AgencyType.CUSTOMS ? AgencyType.CUSTOMS : AgencyType.COMPETENT_AUTHORITY;
                rate(r2016, country, agency, theme -> {
                    Integer before = levels2014.get(country + earlier + theme);
                    int level = before != null ? before : level2014(country, theme, random);
                    // the 2014 workshop trained on the named needs, except the resources it cannot give
                    if (trainedIn2014 && NAMED_2014.contains(theme) && theme != CapacityTheme.RESOURCES) {
                        level -= 1;
                    }
                    // ozone units know the substances; customs need identification most
                    if (agency == AgencyType.NATIONAL_OZONE_UNIT && theme == CapacityTheme.SUBSTANCE_IDENTIFICATION) {
                        level -= 1;
                    }
                    return Math.max(1, level);
                }, agency == AgencyType.CUSTOMS ? COMMENTS_2016 : Map.of());
            }
        }
        NeedsRound asian = round(ROUND_ASIAN_NETWORK, workshops.get(eventId(DemoWorkshops.ASIAN_NETWORK_WORKSHOP)).getStartDate(),
                eventId(DemoWorkshops.ASIAN_NETWORK_WORKSHOP), Set.of(Convention.BASEL), """
                Participants rate their own agency's needs during the workshop, through the survey link.""");
        needs.openSurvey(asian.getId());
    }

    private int level2014(String country, CapacityTheme theme, SplittableRandom random) {
        int level = NAMED_2014.contains(theme) ? 4 + random.nextInt(2) : 3 + random.nextInt(2);
        if (STRONGER.getOrDefault(country, Set.of()).contains(theme)) {
            level -= 1;
        }
        return Math.max(1, Math.min(5, level));
    }

    private void rate(NeedsRound round, String country, AgencyType agency,
                      java.util.function.Function<CapacityTheme, Integer> level, Map<CapacityTheme, String> comments) {
        List<SheetLine> lines = new ArrayList<>();
        for (SheetLine line : needs.sheet(round.getId(), CountryCode.of(country), agency)) {
            CapacityTheme theme = CapacityTheme.valueOf(line.themeCode());
            int value = level.apply(theme);
            lines.add(line.with(value, value >= 4 ? comments.get(theme) : null));
        }
        needs.saveSheet(round.getId(), CountryCode.of(country), agency, lines);
    }

    private NeedsRound round(String title, LocalDate heldOn, long eventId, Set<Convention> conventions, String description) {
        NeedsRound round = new NeedsRound();
        round.setTitle(title);
        round.setHeldOn(heldOn);
        round.setEventId(eventId);
        round.setConventions(conventions);
        round.setDescription(description);
        return needs.saveRound(round);
    }

    private long eventId(String title) {
        return workshops.list(EventFilter.ANY).stream().filter(event -> event.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo workshop missing: " + title)).id();
    }
}
