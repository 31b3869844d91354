package org.greenborder.academy.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByEventIdOrderByHolderNameAscIdAsc(long eventId);

    Optional<Certificate> findByCurrentKey(String currentKey);

    @Query("select c from Certificate c where c.currentKey is not null and c.validUntil between :from and :to"
            + " order by c.validUntil, c.holderName")
    List<Certificate> findCurrentExpiringBetween(LocalDate from, LocalDate to);

    List<Certificate> findByHolderUsernameOrPersonIdOrderByIssuedAtDescIdDesc(String holderUsername, long personId);

    boolean existsByKindAndEventIdAndPersonIdAndRevokedAtNotNull(CertificateKind kind, long eventId, long personId);
}
