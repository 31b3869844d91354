-- Regional capacity needs: the administrators' list of capacity themes (seeded with the nine that workshops and
-- action items already use, each with the scenario topics that train it), assessment rounds with their conventions
-- and survey link, and the ratings of need per country, agency and theme. Workshops gain the conventions they
-- cover, so the regional picture can be filtered by convention.

CREATE TABLE capacity_theme (
    code VARCHAR(40) PRIMARY KEY,
    label VARCHAR(120) NOT NULL,
    description VARCHAR(1000),
    sort_order INT NOT NULL,
    active BOOLEAN NOT NULL,
    built_in BOOLEAN NOT NULL,
    scenario_topics VARCHAR(1000) NOT NULL,
    version BIGINT NOT NULL
);

INSERT INTO capacity_theme (code, label, description, sort_order, active, built_in, scenario_topics, version) VALUES
('INFORMATION_SHARING', 'Information and intelligence sharing',
 'Exchanging alerts, seizure reports and intended-trade information with other countries and agencies (e.g. iPIC, RILO, ENVIRONET).',
 10, TRUE, TRUE, 'intelligence-sharing,ipic,transhipment,free-trade-zones,manifests', 0),
('EXPERTISE', 'Technical expertise',
 'Examination skills: sampling, field identifiers, laboratories, reading containers and documents, finding concealment.',
 20, TRUE, TRUE, 'laboratory,sampling,concealment,double-layering,weight-check,container-numbers,check-digit,documents', 0),
('LEGISLATION', 'National legislation',
 'Licensing systems, quotas, export controls and penalties that give officers the power to act.',
 30, TRUE, TRUE, 'licensing,export-control,kigali,prior-informed-consent', 0),
('RESOURCES', 'Capacity and financial resources',
 'Staff, equipment (refrigerant identifiers, scanners), storage for seized goods and budget for disposal.',
 40, TRUE, TRUE, '', 0),
('TRADE_FACILITATION_BALANCE', 'Balancing trade facilitation and control of suspicious shipments',
 'Targeting and risk profiling so that suspicious shipments are stopped and legitimate trade is not.',
 50, TRUE, TRUE, 'risk-profiling,over-control,trade-facilitation', 0),
('AWARENESS', 'Awareness raising',
 'Awareness of the conventions and of illegal trade among officers, importers, brokers and the public.',
 60, TRUE, TRUE, '', 0),
('INTER_AGENCY_COOPERATION', 'Cooperation between customs, competent authorities and ozone units',
 'Working arrangements, contact points and joint operations between the agencies that share the controls.',
 70, TRUE, TRUE, 'competent-authority,cooperation,basel-consent,take-back', 0),
('SUBSTANCE_IDENTIFICATION', 'Identifying ODS, HFCs, chemicals and wastes',
 'Technical identification: ODS and HFC refrigerants, Basel waste codes, HS classification, labels and safety data sheets.',
 80, TRUE, TRUE, 'hs-codes,refrigerant-identification,refrigerant-blends,basel-codes,halons,cfc,hcfc,hfc,e-waste,plastic-waste,pcbs,lead-acid-batteries,pesticides,labels,safety-data-sheets,misdeclaration,disposable-cylinders', 0),
('ESM_CONFIRMATION', 'Confirming environmentally sound management',
 'Checking that the receiving facility manages the waste in an environmentally sound way, and handling take-back.',
 90, TRUE, TRUE, 'used-equipment,ship-recycling,waste-oil,hazardous-waste,recycled-claims,certificates', 0);

CREATE TABLE needs_round (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    held_on DATE NOT NULL,
    description VARCHAR(2000),
    event_id BIGINT,
    survey_token VARCHAR(64),
    survey_open BOOLEAN NOT NULL,
    created_by VARCHAR(50) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_needs_round_token UNIQUE (survey_token)
);

CREATE TABLE needs_round_convention (
    round_id BIGINT NOT NULL,
    convention VARCHAR(20) NOT NULL,
    PRIMARY KEY (round_id, convention),
    CONSTRAINT fk_needs_round_convention FOREIGN KEY (round_id) REFERENCES needs_round (id) ON DELETE CASCADE
);

-- respondent is '' for an analyst's entry for the whole agency and the username for a participant's survey answer,
-- so that the unique key holds on every database (NULLs never collide in a MySQL unique key).
CREATE TABLE needs_rating (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id BIGINT NOT NULL,
    country VARCHAR(2) NOT NULL,
    agency_type VARCHAR(40) NOT NULL,
    theme_code VARCHAR(40) NOT NULL,
    respondent VARCHAR(50) NOT NULL,
    need_level INT NOT NULL,
    comment_text VARCHAR(1000),
    source VARCHAR(20) NOT NULL,
    entered_by VARCHAR(50) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_needs_rating UNIQUE (round_id, country, agency_type, theme_code, respondent),
    CONSTRAINT fk_needs_rating_round FOREIGN KEY (round_id) REFERENCES needs_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_needs_rating_theme FOREIGN KEY (theme_code) REFERENCES capacity_theme (code),
    CONSTRAINT ck_needs_rating_level CHECK (need_level BETWEEN 1 AND 5)
);
CREATE INDEX ix_needs_rating_country ON needs_rating (country);

CREATE TABLE event_convention (
    event_id BIGINT NOT NULL,
    convention VARCHAR(20) NOT NULL,
    PRIMARY KEY (event_id, convention),
    CONSTRAINT fk_event_convention_event FOREIGN KEY (event_id) REFERENCES workshop_event (id) ON DELETE CASCADE
);
