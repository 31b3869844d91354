package org.greenborder.academy.workshop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(Long sessionId);

    List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

    Optional<Attendance> findBySessionIdAndRegistrationId(Long sessionId, Long registrationId);
}
