package org.greenborder.academy.workshop;

import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkshopEventRepository extends JpaRepository<WorkshopEvent, Long> {

    List<WorkshopEvent> findAllByOrderByStartDateDescIdDesc();

    /** Serialises changes to an event's places, so two approvals cannot both take the last one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from WorkshopEvent e where e.id = :id")
    Optional<WorkshopEvent> lockById(Long id);

    /** The events an account is an editor of, whatever their status: what an organiser's calendar feed shows. */
    @Query("""
            select e from WorkshopEvent e where :username member of e.editors
            order by e.startDate desc, e.id desc""")
    List<WorkshopEvent> findEditedBy(String username);

    @Query("""
            select distinct e from WorkshopEvent e, Registration r
            where r.eventId = e.id and r.person.username = :username
              and e.status in :statuses and r.status <> org.greenborder.academy.workshop.RegistrationStatus.DECLINED
            order by e.startDate desc, e.id desc""")
    List<WorkshopEvent> findTakenPartInBy(String username, Collection<EventStatus> statuses);
}
