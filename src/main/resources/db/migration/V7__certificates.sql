-- Certificates: per-event design (layout, attendance threshold, required scenarios, logos, signatories), the
-- uploaded images, the issued certificates with their stored PDF, and the optional validity per kind. Like the
-- exercises, no foreign keys into the workshop tables: a certificate keeps its own copy of what it certifies, so it
-- stays verifiable whatever later happens to the event or the person.

CREATE TABLE certificate_image (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id BIGINT NOT NULL,
    purpose VARCHAR(20) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    width INT NOT NULL,
    height INT NOT NULL,
    bytes MEDIUMBLOB NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    uploaded_by VARCHAR(50) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_certificate_image_event ON certificate_image (event_id);

CREATE TABLE certificate_design (
    event_id BIGINT PRIMARY KEY,
    layout VARCHAR(20) NOT NULL,
    attendance_threshold INT NOT NULL,
    auto_issue BOOLEAN NOT NULL,
    logo_left_id BIGINT,
    logo_right_id BIGINT,
    signatory1_name VARCHAR(120),
    signatory1_title VARCHAR(160),
    signatory1_image_id BIGINT,
    signatory2_name VARCHAR(120),
    signatory2_title VARCHAR(160),
    signatory2_image_id BIGINT,
    updated_by VARCHAR(50),
    updated_at DATETIME(6),
    version BIGINT NOT NULL,
    CONSTRAINT fk_certificate_design_logo_left FOREIGN KEY (logo_left_id) REFERENCES certificate_image (id),
    CONSTRAINT fk_certificate_design_logo_right FOREIGN KEY (logo_right_id) REFERENCES certificate_image (id),
    CONSTRAINT fk_certificate_design_signature1 FOREIGN KEY (signatory1_image_id) REFERENCES certificate_image (id),
    CONSTRAINT fk_certificate_design_signature2 FOREIGN KEY (signatory2_image_id) REFERENCES certificate_image (id)
);

CREATE TABLE certificate_required_scenario (
    event_id BIGINT NOT NULL,
    scenario_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, scenario_id),
    CONSTRAINT fk_certificate_required_design FOREIGN KEY (event_id) REFERENCES certificate_design (event_id) ON DELETE CASCADE
);

CREATE TABLE certificate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(21) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    event_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    holder_username VARCHAR(50),
    holder_name VARCHAR(120) NOT NULL,
    holder_local_name VARCHAR(120),
    achievement VARCHAR(600) NOT NULL,
    event_title VARCHAR(300) NOT NULL,
    event_place VARCHAR(200) NOT NULL,
    event_start DATE NOT NULL,
    event_end DATE NOT NULL,
    score_percent INT,
    issuer VARCHAR(300) NOT NULL,
    layout VARCHAR(20) NOT NULL,
    issued_at DATETIME(6) NOT NULL,
    issued_by VARCHAR(50) NOT NULL,
    automatic BOOLEAN NOT NULL,
    valid_until DATE,
    revoked_at DATETIME(6),
    revoked_by VARCHAR(50),
    revoke_reason VARCHAR(500),
    superseded_by_id BIGINT,
    superseded_at DATETIME(6),
    -- "kind:event:person" while the certificate is current, NULL once revoked or superseded: at most one current
    -- certificate of a kind per person and event, even when two issues race
    current_key VARCHAR(80),
    pdf_sha256 VARCHAR(64) NOT NULL,
    pdf_size INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_current UNIQUE (current_key),
    CONSTRAINT fk_certificate_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES certificate (id)
);
CREATE INDEX ix_certificate_event ON certificate (event_id);
CREATE INDEX ix_certificate_holder ON certificate (holder_username);
CREATE INDEX ix_certificate_valid_until ON certificate (valid_until);

-- the PDF as issued, apart from the row so that lists never load it
CREATE TABLE certificate_pdf (
    certificate_id BIGINT PRIMARY KEY,
    bytes MEDIUMBLOB NOT NULL,
    CONSTRAINT fk_certificate_pdf FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

CREATE TABLE certificate_kind_setting (
    kind VARCHAR(30) PRIMARY KEY,
    validity_months INT,
    updated_by VARCHAR(50),
    updated_at DATETIME(6),
    version BIGINT NOT NULL
);
INSERT INTO certificate_kind_setting (kind, validity_months, version) VALUES ('SCENARIO_COMPLETION', NULL, 0);
INSERT INTO certificate_kind_setting (kind, validity_months, version) VALUES ('ATTENDANCE', NULL, 0);
INSERT INTO certificate_kind_setting (kind, validity_months, version) VALUES ('RESOURCE_PERSON', NULL, 0);
