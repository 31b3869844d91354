package org.greenborder.academy.scenario;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptStepRepository extends JpaRepository<AttemptStep, Long> {
    List<AttemptStep> findByAttemptIdOrderBySeqAsc(Long attemptId);
}
