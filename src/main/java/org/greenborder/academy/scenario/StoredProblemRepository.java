package org.greenborder.academy.scenario;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoredProblemRepository extends JpaRepository<StoredProblem, Long> {
    List<StoredProblem> findAllByOrderBySourcePathAscLineAscColumnAsc();
}
