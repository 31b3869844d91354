package org.greenborder.academy.guidance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportProblemRepository extends JpaRepository<ImportProblem, Long> {

    List<ImportProblem> findAllByOrderBySourcePathAsc();
}
