package org.greenborder.academy.needs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<ThemeEntry, String> {

    List<ThemeEntry> findAllByOrderBySortOrderAscCodeAsc();
}
