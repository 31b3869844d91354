package org.greenborder.academy.scenario;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lockById(Long id);

    List<Attempt> findByOwnerUsernameOrderByStartedAtDesc(String ownerUsername);

    List<Attempt> findByEventIdOrderByStartedAtAsc(Long eventId);

    List<Attempt> findByOwnerUsernameAndScenarioIdInAndPassedTrue(String ownerUsername, java.util.Collection<String> scenarioIds);

    List<Attempt> findByStatusIn(List<AttemptStatus> statuses);

    List<Attempt> findByExerciseIdOrderByStartedAtAsc(Long exerciseId);
}
