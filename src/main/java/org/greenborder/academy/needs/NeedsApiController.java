package org.greenborder.academy.needs;

import java.util.Optional;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The country profile as JSON, for UNEP's own reporting tools. Same rights as the dashboard (checked by the service). */
@RestController
@RequestMapping("/api/needs")
class NeedsApiController {

    private final NeedsDashboard dashboard;

    NeedsApiController(NeedsDashboard dashboard) {
        this.dashboard = dashboard;
    }

    /**
     * @param year       training and certificates of that year only, needs as reported up to its end
     * @param convention basel, montreal, rotterdam or stockholm
     */
    @GetMapping("/countries/{iso}")
    CountryProfile country(@PathVariable String iso, @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) String convention) {
        CountryCode country;
        try {
            country = CountryCode.of(iso);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Country " + iso);
        }
        if (year != null && (year < 1990 || year > 2100)) {
            throw new RuleViolationException("year must be between 1990 and 2100");
        }
        Convention chosen = Optional.ofNullable(convention).map(c -> Convention.ofCode(c)
                .orElseThrow(() -> new RuleViolationException("convention must be one of basel, montreal, rotterdam, stockholm")))
                .orElse(null);
        return dashboard.profile(country, NeedsFilter.year(null, chosen, year));
    }
}
