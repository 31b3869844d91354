package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One registration's attendance at one session; at most one per pair, the latest mark wins. */
@Entity
class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "registration_id", nullable = false)
    private Long registrationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttendanceMethod method;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected Attendance() {
    }

    Attendance(Long sessionId, Long registrationId) {
        this.sessionId = sessionId;
        this.registrationId = registrationId;
    }

    void record(AttendanceStatus status, AttendanceMethod method, Instant at, String by) {
        this.status = status;
        this.method = method;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getRegistrationId() {
        return registrationId;
    }

    AttendanceStatus getStatus() {
        return status;
    }

    AttendanceMethod getMethod() {
        return method;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
