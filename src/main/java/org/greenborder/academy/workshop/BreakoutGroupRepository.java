package org.greenborder.academy.workshop;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BreakoutGroupRepository extends JpaRepository<BreakoutGroup, Long> {

    List<BreakoutGroup> findBySessionIdOrderByPositionAscIdAsc(Long sessionId);

    List<BreakoutGroup> findBySessionIdInOrderBySessionIdAscPositionAscIdAsc(Collection<Long> sessionIds);
}
