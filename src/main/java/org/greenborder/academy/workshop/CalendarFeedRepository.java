package org.greenborder.academy.workshop;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByToken(String token);
}
