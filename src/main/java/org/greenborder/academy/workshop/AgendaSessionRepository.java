package org.greenborder.academy.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaSessionRepository extends JpaRepository<AgendaSession, Long> {

    List<AgendaSession> findByEventIdOrderByDayAscStartTimeAscIdAsc(Long eventId);

    Optional<AgendaSession> findByCheckInToken(String checkInToken);
}
