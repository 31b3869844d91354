package org.greenborder.academy.guidance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceDocumentRepository extends JpaRepository<GuidanceDocument, Long> {

    Optional<GuidanceDocument> findBySlug(String slug);

    List<GuidanceDocument> findByOrigin(DocumentOrigin origin);

    List<GuidanceDocument> findByStatus(DocumentStatus status);

    List<GuidanceDocument> findByOriginAndStatusNotOrderByUpdatedAtDesc(DocumentOrigin origin, DocumentStatus status);
}
