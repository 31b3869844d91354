package org.greenborder.academy.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificatePdfFileRepository extends JpaRepository<CertificatePdfFile, Long> {
}
