package org.greenborder.academy.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A set of demo data that has been loaded once; its presence is what keeps a restart from loading it again. */
@Entity
@Table(name = "data_seed")
class DataSeed {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected DataSeed() {
    }

    DataSeed(String name, Instant appliedAt) {
        this.name = name;
        this.appliedAt = appliedAt;
    }
}
