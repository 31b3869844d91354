package org.greenborder.academy.scenario;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredProblemRepository extends JpaRepository<StoredProblem, Long> {
    List<StoredProblem> findAllByOrderBySourcePathAscLineAscColumnAsc();
}
