package org.greenborder.academy.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.scenario.TrainingAnalytics;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.WorkshopHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional picture, country profiles and recommendations, computed from the needs ratings and from what the
 * workshop, scenario and certificate modules report through their APIs.
 */
@Service
public class NeedsDashboard {

    private final NeedsService needs;
    private final NeedsRatingRepository ratings;
    private final WorkshopHistory workshops;
    private final TrainingAnalytics training;
    private final CertificateService certificates;
    private final org.greenborder.academy.security.CurrentUser currentUser;
    private final Clock clock;

    NeedsDashboard(NeedsService needs, NeedsRatingRepository ratings, WorkshopHistory workshops, TrainingAnalytics training,
                   CertificateService certificates, org.greenborder.academy.security.CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.needs = needs;
        this.ratings = ratings;
        this.workshops = workshops;
        this.training = training;
        this.certificates = certificates;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public RegionalPicture picture(NeedsFilter filter) {
        return new NeedsAnalysis(data(), filter).regional();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public CountryProfile profile(CountryCode country, NeedsFilter filter) {
        return new NeedsAnalysis(data(), filter).profile(country);
    }

    /** The profiles of every country in the picture, for the report. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<CountryProfile> profiles(RegionalPicture picture) {
        NeedsAnalysis analysis = new NeedsAnalysis(data(), picture.filter());
        return picture.countries().stream().map(analysis::profile).toList();
    }

    /** The years that have data, newest first, for the year filter. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Integer> years() {
        NeedsData data = data();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        data.rounds().forEach(r -> years.add(r.heldOn().getYear()));
        data.events().stream().filter(WorkshopHistory.Event::ended).forEach(e -> years.add(e.endDate().getYear()));
        data.attempts().forEach(a -> years.add(LocalDate.ofInstant(a.completedAt(), clock.getZone()).getYear()));
        return List.copyOf(years);
    }

    /** One of the dashboard's charts as standalone SVG, drawn by the code that draws the report's figures. */
    public String svg(RegionalPicture picture, NeedsChart chart, int width, int height) {
        return ChartSvg.svg(chart(picture, chart), width, height);
    }

    public String countrySvg(CountryProfile profile, int width, int height) {
        return ChartSvg.svg(NeedsCharts.countryNeeds(profile), width, height);
    }

    static org.jfree.chart.JFreeChart chart(RegionalPicture picture, NeedsChart chart) {
        return switch (chart) {
            case HEAT_MAP -> NeedsCharts.heatMap(picture);
            case TREND -> NeedsCharts.trend(picture);
            case COVERAGE -> NeedsCharts.coverage(picture);
            case OFFICERS_TRAINED -> NeedsCharts.officersTrained(picture);
            case MISSED_FLAGS -> NeedsCharts.missedFlags(picture, 10);
        };
    }

    /** The regional report for donors: the picture for the filter's period, with every country's profile. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] report(NeedsFilter filter) {
        NeedsAnalysis analysis = new NeedsAnalysis(data(), filter);
        RegionalPicture picture = analysis.regional();
        List<CountryProfile> profiles = picture.countries().stream().map(analysis::profile).toList();
        return NeedsReportPdf.render(picture, profiles, currentUser.account().map(a -> a.getFullName()).orElse(currentUser.username()),
                clock.instant(), clock.getZone());
    }

    /** The names of the dashboard's tables, each downloadable as CSV. */
    public List<String> regionalTableNames() {
        return NeedsTables.regional(new NeedsAnalysis(NeedsData.empty(clock), NeedsFilter.ANY).regional()).stream()
                .map(DataTable::name).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] regionalXlsx(NeedsFilter filter) {
        return TableExport.xlsx(NeedsTables.regional(picture(filter)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] regionalCsv(NeedsFilter filter, String tableName) {
        return TableExport.csv(NeedsTables.regional(picture(filter)).stream().filter(t -> t.name().equals(tableName))
                .findFirst().orElseThrow(() -> new org.greenborder.academy.shared.NotFoundException("Table " + tableName)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    public byte[] profileXlsx(CountryProfile profile) {
        return TableExport.xlsx(NeedsTables.country(profile));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    public byte[] profileCsv(CountryProfile profile, String tableName) {
        return TableExport.csv(NeedsTables.country(profile).stream().filter(t -> t.name().equals(tableName)).findFirst()
                .orElseThrow(() -> new org.greenborder.academy.shared.NotFoundException("Table " + tableName)));
    }

    public List<String> profileTableNames(CountryProfile profile) {
        return NeedsTables.country(profile).stream().map(DataTable::name).toList();
    }

    NeedsData data() {
        List<NeedsData.Round> rounds = needs.rounds().stream()
                .map(r -> new NeedsData.Round(r.getId(), r.getTitle(), r.getHeldOn(), r.getConventions()))
                .toList();
        return new NeedsData(needs.themes(), rounds, ratings.findAll().stream().map(NeedsRating::toRating).toList(),
                workshops.events(), workshops.actions(), training.closedAttempts(), certificates.issued(),
                workshops.countriesOfPeople(), LocalDate.now(clock), clock.getZone());
    }
}
