package org.greenborder.academy.scenario;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    List<Exercise> findByEventIdOrderByIdAsc(Long eventId);

    List<Exercise> findByEventIdInAndStatus(Collection<Long> eventIds, ExerciseStatus status);

    /** Serialises joins, so two members of a group joining at once share one attempt. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Exercise e where e.id = :id")
    Optional<Exercise> lockById(Long id);
}
