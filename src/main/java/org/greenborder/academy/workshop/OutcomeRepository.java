package org.greenborder.academy.workshop;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByEventIdOrderByKindAscIdAsc(Long eventId);

    List<Outcome> findByStatusInOrderByDueDateAscIdAsc(Collection<OutcomeStatus> statuses);
}
