package org.greenborder.academy.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByEventId(Long eventId);
}
