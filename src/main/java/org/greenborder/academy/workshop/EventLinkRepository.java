package org.greenborder.academy.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventLinkRepository extends JpaRepository<EventLink, Long> {

    @Query("select l from EventLink l where l.fromEventId = :eventId or l.toEventId = :eventId order by l.id")
    List<EventLink> findTouching(Long eventId);

    boolean existsByFromEventIdAndToEventIdAndKind(Long fromEventId, Long toEventId, LinkKind kind);
}
