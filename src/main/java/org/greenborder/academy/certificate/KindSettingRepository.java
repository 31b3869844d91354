package org.greenborder.academy.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface KindSettingRepository extends JpaRepository<KindSetting, CertificateKind> {
}
