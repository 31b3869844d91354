-- Shipment inspection scenarios: every version of every scenario file that was ever loaded (so an attempt is
-- always replayed against the text it was played with), the problems of the last load, attempts and their steps.
CREATE TABLE scenario_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    scenario_id VARCHAR(100) NOT NULL,
    checksum    VARCHAR(64)  NOT NULL,
    source      LONGTEXT     NOT NULL,
    source_path VARCHAR(300) NOT NULL,
    loaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scenario_version UNIQUE (scenario_id, checksum)
);

CREATE TABLE scenario_problem (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    source_path VARCHAR(300)  NOT NULL,
    line_no     INT           NOT NULL,
    column_no   INT           NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    found_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE scenario_attempt (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    scenario_id         VARCHAR(100) NOT NULL,
    scenario_version_id BIGINT       NOT NULL,
    owner_username      VARCHAR(50)  NOT NULL,
    country             VARCHAR(2),
    agency              VARCHAR(250),
    seed                BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    stage_id            VARCHAR(100),
    step_count          INT          NOT NULL,
    minutes_used        INT          NOT NULL,
    delay_hours         INT          NOT NULL,
    started_at          DATETIME(6)  NOT NULL,
    deadline_at         DATETIME(6),
    completed_at        DATETIME(6),
    ending_id           VARCHAR(100),
    legal_basis_id      VARCHAR(100),
    score               INT,
    max_score           INT,
    percent             INT,
    passed              BOOLEAN,
    event_id            BIGINT,
    group_id            BIGINT,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attempt_scenario_version FOREIGN KEY (scenario_version_id) REFERENCES scenario_version (id)
);
CREATE INDEX ix_attempt_owner ON scenario_attempt (owner_username, started_at);
CREATE INDEX ix_attempt_scenario ON scenario_attempt (scenario_id, status);
CREATE INDEX ix_attempt_event ON scenario_attempt (event_id);

CREATE TABLE scenario_attempt_step (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    attempt_id BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    ref        VARCHAR(100) NOT NULL,
    detail     VARCHAR(100),
    username   VARCHAR(50)  NOT NULL,
    taken_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt_step UNIQUE (attempt_id, seq),
    CONSTRAINT fk_attempt_step_attempt FOREIGN KEY (attempt_id) REFERENCES scenario_attempt (id) ON DELETE CASCADE
);

-- What each closed attempt did with each red flag, for analytics without replaying every attempt.
CREATE TABLE scenario_attempt_flag (
    attempt_id BIGINT       NOT NULL,
    flag_id    VARCHAR(100) NOT NULL,
    genuine    BOOLEAN      NOT NULL,
    outcome    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (attempt_id, flag_id),
    CONSTRAINT fk_attempt_flag_attempt FOREIGN KEY (attempt_id) REFERENCES scenario_attempt (id) ON DELETE CASCADE
);
