package org.greenborder.academy.certificate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateImageRepository extends JpaRepository<CertificateImage, Long> {

    List<CertificateImage> findByEventIdOrderByIdDesc(long eventId);
}
