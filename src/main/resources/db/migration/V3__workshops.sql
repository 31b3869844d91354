-- Workshops: events, agenda, breakout groups, participants, attendance, outcomes, evaluation, calendar feeds.
-- Long texts are VARCHAR (not TEXT/CLOB) so that H2, MySQL 8 and MariaDB map them alike; each table stays far
-- below MySQL's 65,535-byte row limit in utf8mb4.

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(160) NOT NULL,
    acronym      VARCHAR(40),
    country_code VARCHAR(2),
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name UNIQUE (name)
);

CREATE TABLE workshop_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    event_type     VARCHAR(40)   NOT NULL,
    title          VARCHAR(250)  NOT NULL,
    start_date     DATE          NOT NULL,
    end_date       DATE          NOT NULL,
    venue_city     VARCHAR(100)  NOT NULL,
    venue_country  VARCHAR(2)    NOT NULL,
    time_zone      VARCHAR(40)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    summary        VARCHAR(4000),
    capacity       INT,
    created_by     VARCHAR(50)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_workshop_event_start ON workshop_event (start_date);

CREATE TABLE event_organiser (
    event_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, organisation_id),
    CONSTRAINT fk_event_organiser_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_organiser_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE event_partner (
    event_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, organisation_id),
    CONSTRAINT fk_event_partner_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- the user accounts (by user name) allowed to edit the event
CREATE TABLE event_editor (
    event_id BIGINT      NOT NULL,
    username VARCHAR(50) NOT NULL,
    PRIMARY KEY (event_id, username),
    CONSTRAINT fk_event_editor_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);

-- the capacity needs an event sets out to address
CREATE TABLE event_need (
    event_id BIGINT      NOT NULL,
    theme    VARCHAR(40) NOT NULL,
    PRIMARY KEY (event_id, theme),
    CONSTRAINT fk_event_need_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);

CREATE TABLE event_link (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    from_event_id BIGINT      NOT NULL,
    to_event_id   BIGINT      NOT NULL,
    link_kind     VARCHAR(30) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_event_link UNIQUE (from_event_id, to_event_id, link_kind),
    CONSTRAINT fk_event_link_from FOREIGN KEY (from_event_id) REFERENCES workshop_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_link_to FOREIGN KEY (to_event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);

CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    full_name       VARCHAR(120) NOT NULL,
    local_name      VARCHAR(120),
    country_code    VARCHAR(2)   NOT NULL,
    organisation_id BIGINT,
    agency_type     VARCHAR(40)  NOT NULL,
    job_title       VARCHAR(120),
    email           VARCHAR(254),
    username        VARCHAR(50),
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT uk_person_username UNIQUE (username),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE registration (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    event_role   VARCHAR(30)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    nominated_by VARCHAR(160),
    note         VARCHAR(500),
    requested_at DATETIME(6)  NOT NULL,
    queued_at    DATETIME(6),
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_registration UNIQUE (event_id, person_id),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE agenda_session (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    session_day        DATE          NOT NULL,
    start_time         TIME          NOT NULL,
    end_time           TIME          NOT NULL,
    session_kind       VARCHAR(20)   NOT NULL,
    title              VARCHAR(250)  NOT NULL,
    room               VARCHAR(100),
    scope              VARCHAR(2000),
    assumptions        VARCHAR(3000),
    expected_goals     VARCHAR(2000),
    check_in_token     VARCHAR(64),
    check_in_expires   DATETIME(6),
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_session_token UNIQUE (check_in_token),
    CONSTRAINT fk_agenda_session_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);

CREATE TABLE session_speaker (
    session_id      BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, registration_id),
    CONSTRAINT fk_session_speaker_session FOREIGN KEY (session_id) REFERENCES agenda_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_speaker_reg FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE
);

CREATE TABLE remote_contribution (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    session_id      BIGINT       NOT NULL,
    position        INT          NOT NULL,
    contribution    VARCHAR(30)  NOT NULL,
    title           VARCHAR(250) NOT NULL,
    presenter       VARCHAR(120),
    organisation_id BIGINT       NOT NULL,
    link            VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_remote_contribution_session FOREIGN KEY (session_id) REFERENCES agenda_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_remote_contribution_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE breakout_group (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    session_id    BIGINT        NOT NULL,
    position      INT           NOT NULL,
    label         VARCHAR(40)   NOT NULL,
    theme         VARCHAR(300)  NOT NULL,
    rapporteur_id BIGINT,
    report_back   VARCHAR(4000),
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_breakout_group_session FOREIGN KEY (session_id) REFERENCES agenda_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_breakout_group_rapporteur FOREIGN KEY (rapporteur_id) REFERENCES registration (id) ON DELETE SET NULL
);

CREATE TABLE breakout_member (
    group_id        BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, registration_id),
    CONSTRAINT fk_breakout_member_group FOREIGN KEY (group_id) REFERENCES breakout_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_breakout_member_reg FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE
);

CREATE TABLE scope_question (
    id       BIGINT        NOT NULL AUTO_INCREMENT,
    group_id BIGINT        NOT NULL,
    position INT           NOT NULL,
    letter   VARCHAR(4)    NOT NULL,
    question VARCHAR(1000) NOT NULL,
    notes    VARCHAR(4000),
    PRIMARY KEY (id),
    CONSTRAINT fk_scope_question_group FOREIGN KEY (group_id) REFERENCES breakout_group (id) ON DELETE CASCADE
);

CREATE TABLE attendance (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    session_id      BIGINT      NOT NULL,
    registration_id BIGINT      NOT NULL,
    status          VARCHAR(20) NOT NULL,
    method          VARCHAR(20) NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    recorded_by     VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attendance UNIQUE (session_id, registration_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES agenda_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE
);

CREATE TABLE outcome (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    event_id              BIGINT        NOT NULL,
    outcome_kind          VARCHAR(20)   NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    owner_type            VARCHAR(20)   NOT NULL,
    owner_country         VARCHAR(2),
    owner_organisation_id BIGINT,
    due_date              DATE,
    status                VARCHAR(20)   NOT NULL,
    theme                 VARCHAR(40)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_outcome_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_outcome_org FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_outcome_status ON outcome (status);

-- anonymous evaluation: responses carry no person; who has answered is kept apart, only to stop a second answer
CREATE TABLE survey_response (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    event_id       BIGINT        NOT NULL,
    overall_rating INT           NOT NULL,
    comments       VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_response_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);

CREATE TABLE survey_session_rating (
    response_id BIGINT NOT NULL,
    session_id  BIGINT NOT NULL,
    rating      INT    NOT NULL,
    PRIMARY KEY (response_id, session_id),
    CONSTRAINT fk_survey_rating_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_rating_session FOREIGN KEY (session_id) REFERENCES agenda_session (id) ON DELETE CASCADE
);

CREATE TABLE survey_submission (
    event_id BIGINT      NOT NULL,
    username VARCHAR(50) NOT NULL,
    PRIMARY KEY (event_id, username),
    CONSTRAINT fk_survey_submission_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);

-- secret per-user addresses that calendar apps poll without signing in
CREATE TABLE calendar_feed (
    username   VARCHAR(50) NOT NULL,
    token      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token)
);
