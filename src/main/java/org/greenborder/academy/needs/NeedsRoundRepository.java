package org.greenborder.academy.needs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsRoundRepository extends JpaRepository<NeedsRound, Long> {

    List<NeedsRound> findAllByOrderByHeldOnDescIdDesc();

    Optional<NeedsRound> findBySurveyToken(String surveyToken);
}
