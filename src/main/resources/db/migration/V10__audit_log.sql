-- The audit trail: who did what, when and from where. Rows are only ever inserted: the application maps the table
-- as immutable and has no code path that updates or deletes one. A production database can make that a hard rule
-- by granting the application's account only INSERT and SELECT on this table (docs/security.md).
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(50)  NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    target         VARCHAR(200),
    detail         VARCHAR(1000),
    client_address VARCHAR(64),
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
