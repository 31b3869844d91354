package org.greenborder.academy.needs;

import java.util.List;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsRatingRepository extends JpaRepository<NeedsRating, Long> {

    List<NeedsRating> findByRoundId(long roundId);

    List<NeedsRating> findByRoundIdAndCountryAndAgencyTypeAndRespondent(long roundId, CountryCode country,
                                                                      AgencyType agencyType, String respondent);

    List<NeedsRating> findByRoundIdAndRespondent(long roundId, String respondent);

    long countByThemeCode(String themeCode);
}
