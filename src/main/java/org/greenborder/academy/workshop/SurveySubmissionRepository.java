package org.greenborder.academy.workshop;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveySubmissionRepository extends JpaRepository<SurveySubmission, SurveySubmission.Key> {

    boolean existsByEventIdAndUsername(Long eventId, String username);
}
