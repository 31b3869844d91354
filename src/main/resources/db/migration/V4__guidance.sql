-- Guidance library: documents (imported from content/ or written in the app) and the problems of the last import.
-- The Markdown is LONGTEXT: H2 (MySQL mode) maps it to a CLOB, MySQL and MariaDB keep it as LONGTEXT.
CREATE TABLE guidance_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    slug          VARCHAR(80)  NOT NULL,
    title         VARCHAR(250) NOT NULL,
    doc_type      VARCHAR(20)  NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    sources       VARCHAR(3000),
    last_reviewed DATE,
    markdown      LONGTEXT     NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    origin        VARCHAR(20)  NOT NULL,
    source_path   VARCHAR(300),
    checksum      VARCHAR(64),
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(50)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_guidance_document_slug UNIQUE (slug)
);

CREATE TABLE guidance_convention (
    document_id BIGINT      NOT NULL,
    convention  VARCHAR(20) NOT NULL,
    PRIMARY KEY (document_id, convention),
    CONSTRAINT fk_guidance_convention_document FOREIGN KEY (document_id) REFERENCES guidance_document (id) ON DELETE CASCADE
);

CREATE TABLE guidance_topic (
    document_id BIGINT      NOT NULL,
    topic       VARCHAR(60) NOT NULL,
    PRIMARY KEY (document_id, topic),
    CONSTRAINT fk_guidance_topic_document FOREIGN KEY (document_id) REFERENCES guidance_document (id) ON DELETE CASCADE
);

CREATE TABLE guidance_audience (
    document_id BIGINT      NOT NULL,
    audience    VARCHAR(30) NOT NULL,
    PRIMARY KEY (document_id, audience),
    CONSTRAINT fk_guidance_audience_document FOREIGN KEY (document_id) REFERENCES guidance_document (id) ON DELETE CASCADE
);

CREATE TABLE guidance_import_problem (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    source_path VARCHAR(300)  NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    found_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);
