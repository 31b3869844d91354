package org.greenborder.academy.scenario;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptStepRepository extends JpaRepository<AttemptStep, Long> {
    List<AttemptStep> findByAttemptIdOrderBySeqAsc(Long attemptId);
}
