package org.greenborder.academy.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r where r.eventId = :eventId order by r.person.fullName, r.id")
    List<Registration> findByEvent(Long eventId);

    boolean existsByEventIdAndPersonId(Long eventId, Long personId);

    List<Registration> findByPersonId(Long personId);

    Optional<Registration> findByEventIdAndPersonUsername(Long eventId, String username);

    @Query("""
            select count(r) from Registration r where r.eventId = :eventId
               and r.status = org.greenborder.academy.workshop.RegistrationStatus.CONFIRMED
               and r.role in (org.greenborder.academy.workshop.EventRole.PARTICIPANT, org.greenborder.academy.workshop.EventRole.OBSERVER)""")
    long countPlacesTaken(Long eventId);

    @Query("""
            select r from Registration r where r.eventId = :eventId
               and r.status = org.greenborder.academy.workshop.RegistrationStatus.WAITLISTED
            order by r.queuedAt, r.id""")
    List<Registration> findWaitlist(Long eventId);

    @Query("""
            select r.eventId, count(r) from Registration r
            where r.status = org.greenborder.academy.workshop.RegistrationStatus.CONFIRMED group by r.eventId""")
    List<Object[]> countConfirmedPerEvent();
}
