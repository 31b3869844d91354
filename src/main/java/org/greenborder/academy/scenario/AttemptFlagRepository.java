package org.greenborder.academy.scenario;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptFlagRepository extends JpaRepository<AttemptFlag, AttemptFlag.Key> {

    @Query("select f from AttemptFlag f where f.id.attemptId in :attemptIds")
    List<AttemptFlag> findByAttemptIds(Collection<Long> attemptIds);
}
