package org.greenborder.academy.certificate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A logo or signature an organiser uploaded for an event, as re-encoded by {@link ImageUploads}. */
@Entity
@Table(name = "certificate_image")
public class CertificateImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImagePurpose purpose;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] bytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CertificateImage() {
    }

    CertificateImage(long eventId, ImagePurpose purpose, String fileName, ImageUploads.Stored stored, String uploadedBy,
                     Instant uploadedAt) {
        this.eventId = eventId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.contentType = stored.contentType();
        this.width = stored.width();
        this.height = stored.height();
        this.bytes = stored.bytes();
        this.sha256 = stored.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public ImagePurpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    byte[] getBytes() {
        return bytes;
    }

    public String getSha256() {
        return sha256;
    }
}
