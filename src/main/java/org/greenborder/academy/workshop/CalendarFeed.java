package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's secret calendar address: calendar apps cannot sign in, so the token is the credential. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(length = 50)
    private String username;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String username, String token, Instant createdAt) {
        this.username = username;
        this.token = token;
        this.createdAt = createdAt;
    }

    String getUsername() {
        return username;
    }

    String getToken() {
        return token;
    }

    void renew(String token, Instant at) {
        this.token = token;
        this.createdAt = at;
    }
}
