-- Scenarios run as exercises of a workshop session: attached by an organiser, started live for the room,
-- individually or one shared attempt per breakout group.
CREATE TABLE scenario_exercise (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    session_id  BIGINT       NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    group_mode  BOOLEAN      NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_by  VARCHAR(50)  NOT NULL,
    started_at  DATETIME(6),
    closed_at   DATETIME(6),
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_exercise_event ON scenario_exercise (event_id);

ALTER TABLE scenario_attempt ADD COLUMN exercise_id BIGINT;
CREATE INDEX ix_attempt_exercise ON scenario_attempt (exercise_id);

-- The kind of agency the trainee works for (customs, competent authority, ozone unit…), from the workshop
-- person linked to their account, so results can be compared by agency as well as by office.
ALTER TABLE scenario_attempt ADD COLUMN agency_type VARCHAR(60);
