package org.greenborder.academy.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The PDF exactly as issued. Never rendered again: downloads and verification serve these bytes. */
@Entity
@Table(name = "certificate_pdf")
class CertificatePdfFile {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Lob
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] bytes;

    protected CertificatePdfFile() {
    }

    CertificatePdfFile(long certificateId, byte[] bytes) {
        this.certificateId = certificateId;
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }
}
