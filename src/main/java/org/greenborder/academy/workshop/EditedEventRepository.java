package org.greenborder.academy.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The events an account is an editor of, whatever their status: what an organiser's calendar feed shows. */
interface EditedEventRepository extends Repository<WorkshopEvent, Long> {

    @Query("""
            select e from WorkshopEvent e where :username member of e.editors
            order by e.startDate desc, e.id desc""")
    List<WorkshopEvent> findEditedBy(String username);
}
