package org.greenborder.academy.guidance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GuidanceDocumentRepository extends JpaRepository<GuidanceDocument, Long> {

    Optional<GuidanceDocument> findBySlug(String slug);

    List<GuidanceDocument> findByOrigin(DocumentOrigin origin);

    List<GuidanceDocument> findByStatus(DocumentStatus status);

    List<GuidanceDocument> findByOriginAndStatusNotOrderByUpdatedAtDesc(DocumentOrigin origin, DocumentStatus status);

    /** Every row's id and version, to compare with what the search index holds. */
    @Query("select new org.greenborder.academy.guidance.GuidanceIndex$Entry(d.id, d.version) from GuidanceDocument d")
    List<GuidanceIndex.Entry> idsAndVersions();
}
