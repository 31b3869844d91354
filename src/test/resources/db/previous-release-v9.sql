-- The data of a real installation at the previous release (schema V9), for PreviousReleaseUpgrade*: one or a
-- few rows in every table that holds what users entered. Written by hand against V1-V9; never edit it to fit a later
-- migration: a later migration must carry these rows forward. Standard SQL that H2 (MySQL mode), MySQL 8 and
-- MariaDB 10.11 all run. The password of every account is "kept from the previous release" (a bcrypt hash, as
-- stored before Argon2id, which the next sign-in replaces).

INSERT INTO app_user (id, username, full_name, email, organisation, country_code, password_hash, enabled, created_at, last_login_at, version) VALUES
(101, 'v9-admin', 'Ana Administrator', 'admin@v9.example.org', 'UNEP OzonAction', 'TH',
 '{bcrypt}$2a$10$iCvKFngkwLf0SkrTNU/7VeykQNnTgVmf7HNGa9ZB1Dvxf.QCDomIO', TRUE, '2026-01-05 08:00:00.000000', '2026-03-01 09:15:00.000000', 3),
(102, 'v9-organiser', 'Oscar Organiser', 'organiser@v9.example.org', 'WCO RILO AP', 'KR',
 '{bcrypt}$2a$10$iCvKFngkwLf0SkrTNU/7VeykQNnTgVmf7HNGa9ZB1Dvxf.QCDomIO', TRUE, '2026-01-05 08:10:00.000000', NULL, 0),
(103, 'v9-trainee', 'Khamphet Sisavath', 'khamphet@v9.example.org', 'ກົມພາສີ, Lao Customs Department', 'LA',
 '{bcrypt}$2a$10$iCvKFngkwLf0SkrTNU/7VeykQNnTgVmf7HNGa9ZB1Dvxf.QCDomIO', TRUE, '2026-01-06 02:00:00.000000', '2026-03-02 03:00:00.000000', 1),
(104, 'v9-analyst', 'Nisha Analyst', NULL, 'Regional Network', 'IN',
 '{bcrypt}$2a$10$iCvKFngkwLf0SkrTNU/7VeykQNnTgVmf7HNGa9ZB1Dvxf.QCDomIO', TRUE, '2026-01-06 02:05:00.000000', NULL, 0),
(105, 'v9-disabled', 'Former Officer', NULL, NULL, 'VN',
 '{bcrypt}$2a$10$iCvKFngkwLf0SkrTNU/7VeykQNnTgVmf7HNGa9ZB1Dvxf.QCDomIO', FALSE, '2026-01-07 02:05:00.000000', NULL, 2);

INSERT INTO app_user_role (user_id, role) VALUES
(101, 'ADMIN'), (102, 'ORGANISER'), (102, 'TRAINEE'), (103, 'TRAINEE'), (104, 'ANALYST'), (105, 'TRAINEE');

INSERT INTO data_seed (name, applied_at) VALUES ('v9-fixture', '2026-01-05 08:00:00.000000');

INSERT INTO organisation (id, name, acronym, country_code, version) VALUES
(201, 'WCO Regional Intelligence Liaison Office for Asia and the Pacific', 'WCO RILO AP', 'KR', 0),
(202, 'Lao Customs Department', NULL, 'LA', 0);

INSERT INTO workshop_event (id, event_type, title, start_date, end_date, venue_city, venue_country, time_zone, status, summary, capacity, created_by, created_at, version) VALUES
(301, 'JOINT_MEETING', 'Joint Meeting of Ozone Officers and Customs Officers', '2026-02-10', '2026-02-11', 'Vientiane', 'LA',
 'Asia/Vientiane', 'CLOSED', 'Customs and ozone officers of the region share seizure cases.', 40, 'v9-organiser', '2026-01-10 04:00:00.000000', 5);
INSERT INTO event_organiser (event_id, organisation_id) VALUES (301, 201);
INSERT INTO event_partner (event_id, organisation_id) VALUES (301, 202);
INSERT INTO event_editor (event_id, username) VALUES (301, 'v9-organiser');
INSERT INTO event_need (event_id, theme) VALUES (301, 'INFORMATION_SHARING'), (301, 'SUBSTANCE_IDENTIFICATION');
INSERT INTO event_convention (event_id, convention) VALUES (301, 'MONTREAL');

INSERT INTO person (id, full_name, local_name, country_code, organisation_id, agency_type, job_title, email, username, version) VALUES
(401, 'Khamphet Sisavath', 'ຄຳເພັດ ສີສະຫວາດ', 'LA', 202, 'CUSTOMS', 'Examination officer', 'khamphet@v9.example.org', 'v9-trainee', 1),
(402, 'Oscar Organiser', NULL, 'KR', 201, 'INTERNATIONAL_ORGANISATION', 'Intelligence analyst', 'organiser@v9.example.org', 'v9-organiser', 0);

INSERT INTO registration (id, event_id, person_id, event_role, status, nominated_by, note, requested_at, queued_at, version) VALUES
(501, 301, 401, 'PARTICIPANT', 'CONFIRMED', 'Lao Customs Department', NULL, '2026-01-15 03:00:00.000000', NULL, 1),
(502, 301, 402, 'RESOURCE_PERSON', 'CONFIRMED', NULL, 'Presents Project Sky-Hole Patching', '2026-01-15 03:05:00.000000', NULL, 1);

INSERT INTO agenda_session (id, event_id, session_day, start_time, end_time, session_kind, title, room, scope, assumptions, expected_goals, check_in_token, check_in_expires, version) VALUES
(601, 301, '2026-02-10', '09:00:00', '10:30:00', 'PLENARY', 'Opening and seizure cases', 'Hall A', NULL, NULL, NULL, NULL, NULL, 1),
(602, 301, '2026-02-10', '11:00:00', '12:30:00', 'BREAKOUT', 'Working together on ODS trade', 'Room 2',
 'Licensing data between ozone units and customs', 'Both agencies attend', 'A contact list', NULL, NULL, 2);
INSERT INTO session_speaker (session_id, registration_id) VALUES (601, 502);
INSERT INTO remote_contribution (id, session_id, position, contribution, title, presenter, organisation_id, link) VALUES
(651, 601, 0, 'VIDEO_PRESENTATION', 'Project Sky-Hole Patching', 'RILO AP', 201, 'https://example.org/sky-hole');

INSERT INTO breakout_group (id, session_id, position, label, theme, rapporteur_id, report_back, version) VALUES
(701, 602, 0, 'Group A', 'Ozone units and customs', 501, 'Agreed to exchange licence lists monthly.', 1);
INSERT INTO breakout_member (group_id, registration_id) VALUES (701, 501);
INSERT INTO scope_question (id, group_id, position, letter, question, notes) VALUES
(751, 701, 0, 'a', 'Licensing data', NULL), (752, 701, 1, 'b', 'Joint inspections', 'Two ports volunteered');

INSERT INTO attendance (id, session_id, registration_id, status, method, recorded_at, recorded_by) VALUES
(801, 601, 501, 'PRESENT', 'SELF_CHECK_IN', '2026-02-10 02:01:00.000000', 'v9-trainee'),
(802, 602, 501, 'LATE', 'ORGANISER', '2026-02-10 04:20:00.000000', 'v9-organiser'),
(803, 601, 502, 'PRESENT', 'ORGANISER', '2026-02-10 02:02:00.000000', 'v9-organiser');

INSERT INTO outcome (id, event_id, outcome_kind, description, owner_type, owner_country, owner_organisation_id, due_date, status, theme, updated_at, version) VALUES
(851, 301, 'ACTION_ITEM', 'Share seizure information through iPIC', 'ORGANISATION', NULL, 201, '2026-06-30', 'IN_PROGRESS',
 'INFORMATION_SHARING', '2026-02-20 05:00:00.000000', 2);

INSERT INTO survey_response (id, event_id, overall_rating, comments) VALUES (861, 301, 5, 'The identifier exercise was the most useful part.');
INSERT INTO survey_session_rating (response_id, session_id, rating) VALUES (861, 601, 4), (861, 602, 5);
INSERT INTO survey_submission (event_id, username) VALUES (301, 'v9-trainee');
INSERT INTO calendar_feed (username, token, created_at) VALUES
('v9-trainee', 'v9fixtureCalendarToken0123456789abcdefghijklmnopqrstuvwxyzABCD', '2026-01-20 01:00:00.000000');

INSERT INTO guidance_document (id, slug, title, doc_type, language, sources, last_reviewed, markdown, status, origin, source_path, checksum, updated_at, updated_by, version) VALUES
(901, 'v9-vientiane-port-notes', 'Vientiane dry port: notes for examination officers', 'guide', 'en', 'Workshop of February 2026',
 '2026-02-12', '# Vientiane dry port

Cylinders of R-22 have been declared as R-134a. Test three cylinders with the identifier.',
 'PUBLISHED', 'EDITOR', NULL, NULL, '2026-02-12 06:00:00.000000', 'v9-organiser', 2);
INSERT INTO guidance_convention (document_id, convention) VALUES (901, 'Montreal');
INSERT INTO guidance_topic (document_id, topic) VALUES (901, 'refrigerant-identification');
INSERT INTO guidance_audience (document_id, audience) VALUES (901, 'customs');
INSERT INTO guidance_import_problem (id, source_path, message, found_at) VALUES
(951, 'content/broken.md', 'Front matter: title is missing', '2026-01-05 08:00:01.000000');

-- the scenario as it was loaded then: attempts are replayed against the text they were played with
INSERT INTO scenario_version (id, scenario_id, checksum, source, source_path, loaded_at) VALUES
(1001, 'hcfc22-declared-as-hfc134a', 'v9-fixture-checksum-not-a-real-sha256-of-the-source-text-000000', '# HCFC-22 (R-22) in cylinders labelled and declared as HFC-134a.
# Facts: HS 2022 2903.45 = HFC-134a, 2903.71 = HCFC-22; UN 3159 = R-134a, UN 1018 = R-22 (DOMAIN.md).
id: hcfc22-declared-as-hfc134a
title: "R-134a on paper, R-22 in the cylinders"
version: 1
language: en
conventions: [montreal]
difficulty: intermediate
minutes: 25
timeLimitMinutes: 60
mode: individual
topics: [hs-codes, refrigerant-identification, licensing, risk-profiling]
learningObjectives:
  - Compare the declared HS code with the invoice, the packing list and the cylinder labels.
  - Use a refrigerant identifier before deciding, rather than trusting a label.
  - Know that HCFC-22 imports need a licence and count against the importer''s quota.

briefing:
  post: Cargo examination officer, customs house
  port: Laem Chabang, Thailand
  date: "${arrival}"
  text: |
    A 20-foot container from ${exporter.city} has been discharged and the broker has lodged the import
    declaration for **${cylinders} cylinders of HFC-134a** (R-134a) for ${importer.name}.
    HFC-134a is not an ozone-depleting substance, but since 2019 HFC imports also need a licence.
    The risk engine has routed the declaration to you (yellow lane). The ship leaves in two days; the importer''s
    agent is already asking when the container will be released.

variables:
  importer:
    choice:
      - {name: "Siam Cool Parts Co., Ltd.", city: "Bangkok", taxId: "0105558123457"}
      - {name: "Chonburi Aircon Supply Ltd.", city: "Chonburi", taxId: "0205561098765"}
      - {name: "Eastern Refrigeration Trading Co., Ltd.", city: "Rayong", taxId: "0215559004411"}
  exporter:
    choice:
      - {name: "Zhejiang Frostline Chemical Co., Ltd.", city: "Ningbo"}
      - {name: "Jiangsu Polar Gas Trading Co., Ltd.", city: "Shanghai"}
  cylinders: {integer: {min: 760, max: 980, step: 20}}
  netKg: {product: {of: cylinders, times: 13.6, decimals: 1, grouped: true}}
  container: {container: {owners: [TGHU, MSKU, CMAU], checkDigit: valid}}
  seal: {code: "CN#######"}
  invoiceNo: {code: "FL-25-####"}
  blNo: {code: "NGB@@#######"}
  arrival: {date: {from: 2025-03-03, to: 2025-03-28, format: "d MMMM yyyy"}}

budget:
  minutes: 240
  delayHours: 48

documents:
  - id: invoice
    kind: commercial-invoice
    title: "Commercial invoice ${invoiceNo}"
    fields:
      - [Seller, "${exporter.name}, ${exporter.city}, China"]
      - [Buyer, "${importer.name}, ${importer.city}, Thailand"]
      - [Terms, "CIF Laem Chabang"]
      - [Payment, "T/T 30 % advance, 70 % against copy of B/L"]
    table:
      columns: [Description, Quantity, Unit price (USD), Amount (USD)]
      rows:
        - ["Refrigerant gas R-134a, 13.6 kg net, non-refillable cylinder", "${cylinders}", "38.50", "see total"]
    notes: "Total net weight ${netKg} kg. Country of origin: China."
  - id: packing-list
    kind: packing-list
    title: "Packing list ${invoiceNo}"
    fields:
      - [Container, "${container}"]
      - [Seal, "${seal}"]
    table:
      columns: [Marks, Packages, Contents, Net kg, Gross kg]
      rows:
        - ["FROSTLINE R134A", "${cylinders} cartons", "1 cylinder each", "${netKg}", "see B/L"]
  - id: bill-of-lading
    kind: bill-of-lading
    title: "Bill of lading ${blNo}"
    fields:
      - [Shipper, "${exporter.name}"]
      - [Consignee, "${importer.name}"]
      - [Notify party, "Same as consignee"]
      - [Vessel / voyage, "KOTA BAHAGIA 025S"]
      - [Port of loading, "${exporter.city}"]
      - [Port of discharge, "Laem Chabang"]
      - [Container / seal, "${container} / ${seal}"]
      - [Description, "1 x 20'' said to contain ${cylinders} cartons refrigerant gas, UN 3159, class 2.2"]
  - id: declaration
    kind: customs-declaration
    title: "Import declaration (broker''s copy)"
    fields:
      - [Importer, "${importer.name} (tax ID ${importer.taxId})"]
      - [Procedure, "Import for home use"]
      - [Country of origin, "China"]
    table:
      columns: [Item, HS code, Description, Quantity, Net kg]
      rows:
        - ["1", "2903.45.00", "1,1,1,2-Tetrafluoroethane (HFC-134a)", "${cylinders} cyl", "${netKg}"]
  - id: licence
    kind: licence
    title: "HFC import licence (electronic record)"
    fields:
      - [Holder, "${importer.name}"]
      - [Substance, "HFC-134a"]
      - [Quantity licensed, "20,000 kg for 2025"]
      - [Used so far, "4,080 kg"]
      - [HCFC quota 2025, "none (the holder has no HCFC allocation)"]
  - id: label
    kind: cylinder-label
    title: "Label photographed on a cylinder at examination"
    label:
      product: "R-134a"
      chemicalName: "1,1,1,2-Tetrafluoroethane"
      un: "UN 3159"
      netWeight: "13.6 kg"
      refillable: false
      colour: "#7a9bb5"
      markings: ["Non-refillable - do not refill", "Made in China", "Batch 2502-117"]
  - id: identifier-print
    kind: report
    title: "Refrigerant identifier print-out, three cylinders sampled"
    table:
      columns: [Cylinder, R-134a %, R-22 %, R-12 %, Air %, Result]
      rows:
        - ["Row 1, carton 14", "0.0", "97.8", "0.0", "2.2", "FAIL - R-22"]
        - ["Row 3, carton 212", "0.0", "98.1", "0.0", "1.9", "FAIL - R-22"]
        - ["Door end, carton 3", "99.1", "0.0", "0.0", "0.9", "PASS - R-134a"]

intelligence:
  - id: alert
    kind: alert
    title: "Regional alert: R-22 shipped as R-134a"
    text: |
      Two ports in the region have found HCFC-22 in cylinders labelled R-134a since January, on the same
      lane from East China. In both cases the cylinders at the door were genuine R-134a.
  - id: history
    kind: history
    title: "Consignee history"
    text: |
      ${importer.name}: 6 imports in 24 months, all declared as HFC refrigerants; no HCFC licence or quota;
      one post-clearance query in 2024 about an unusually low declared value, closed without finding.

redFlags:
  - id: price
    text: "The unit price is low for HFC-134a"
    genuine: true
    points: 10
    explanation: |
      USD 38.50 for 13.6 kg is well below what genuine HFC-134a costs on this lane, and close to R-22 prices.
      Undervaluation alone proves nothing, but it fits the pattern of a cheaper gas passed off as a dearer one.
    guidance: [ods-risk-profiling-targeting, trade-statistics-mismatch]
  - id: disposable
    text: "The cylinders are disposable (non-refillable)"
    genuine: true
    points: 10
    explanation: |
      Non-refillable cylinders are a classic sign of illegal refrigerant trade: they are banned in some markets
      and used to move small quantities that escape tracking.
    guidance: [disposable-cylinders-red-flag]
  - id: alert-match
    text: "The shipment matches the regional alert (lane, product, importer profile)"
    genuine: true
    points: 10
    explanation: "Same route, same declared gas, an importer with no HCFC quota: exactly the profile of the alert."
    guidance: [intelligence-sharing-rilo-cen]
  - id: reads-r22
    text: "The identifier reads R-22 in cylinders labelled R-134a"
    genuine: true
    points: 20
    explanation: |
      The analyser is decisive: R-22 (HCFC-22, HS 2903.71, UN 1018) is an ozone-depleting substance. The
      cylinders at the door were genuine R-134a - a classic concealment that only sampling deeper in the load finds.
    guidance: [refrigerant-identifier-analyser, hs-codes-hcfc, ods-concealment-methods]
    visibleAfter: [identifier]
  - id: colour
    text: "The cylinder colour does not match R-134a"
    genuine: false
    explanation: |
      Cylinder colour no longer identifies the gas: since 2020 many refrigerants share one grey-green colour.
      Read the label and use an identifier instead.
    guidance: [cylinder-colour-identification]
    visibleAfter: [examine]
  - id: licence-exceeded
    text: "The importer''s HFC licence is exceeded"
    genuine: false
    explanation: |
      The licence allows 20,000 kg for 2025 and only 4,080 kg were used: this shipment fits. What the importer
      lacks is an HCFC quota - which only matters once you know the gas is R-22.
    guidance: [hfc-licensing-kigali]
  - id: container-digit
    text: "The container number''s check digit is wrong"
    genuine: false
    explanation: "Worked out by ISO 6346, the check digit of ${container} is right: the container exists."
    guidance: [container-number-check-digit]

legalBases:
  - id: ods-licensing
    text: "National ODS licensing and quota system (Montreal Protocol Art. 4B): HCFC-22 imported without licence or quota"
  - id: misdeclaration
    text: "Customs law: false declaration of goods (description and HS code)"
  - id: basel-illegal-traffic
    text: "Basel Convention Art. 9: illegal traffic in hazardous waste"
  - id: no-ground
    text: "No ground to hold: documents and goods agree"

stages:
  - id: documents
    title: "The declaration"
    text: |
      The documents are on your desk. You can check them against each other and the databases, order an
      examination, or release.
    documents: [invoice, packing-list, bill-of-lading, declaration]
    intelligence: [alert, history]
    actions:
      - id: licence-check
        kind: database-check
        label: "Check the importer in the licence register"
        minutes: 10
        reveals: "The importer holds an HFC licence with room for this shipment, and no HCFC quota at all."
        documents: [licence]
        warranted: true
      - id: digit-check
        kind: check-digit
        label: "Verify the container number''s check digit"
        minutes: 5
        reveals: "${container}: the check digit is correct."
        warranted: true
      - id: scanner
        kind: scanner
        label: "X-ray the container"
        minutes: 30
        delayHours: 4
        reveals: |
          The image shows uniform rows of cylinders of one size, no hidden compartment and no second commodity.
          It cannot tell you which gas is inside.
        warranted: false
    decision:
      prompt: "The declaration is in front of you. What do you do?"
      options:
        - id: release
          kind: release
          label: "Release: the documents agree with each other"
          next: released
        - id: detain
          kind: detain
          label: "Detain the container for physical examination"
          next: examination
  - id: examination
    title: "At the examination bay"
    text: |
      The container is opened in the examination bay in the presence of the importer''s agent. Cartons are
      stacked to the roof; the agent points out that the labels clearly say R-134a.
    actions:
      - id: examine
        kind: physical-examination
        label: "Unload the first rows and examine cartons and cylinders"
        minutes: 60
        delayHours: 6
        reveals: |
          The cartons and cylinders match the packing list. Each cylinder carries the R-134a label shown in the
          documents. The first two rows have slightly different batch numbers from the rest of the load.
        documents: [label]
        warranted: true
      - id: identifier
        kind: identifier
        label: "Test three cylinders (door, middle, back) with the refrigerant identifier"
        minutes: 30
        delayHours: 2
        reveals: |
          Two of the three cylinders read R-22 (HCFC-22). Only the cylinder taken from the door end is R-134a.
        documents: [identifier-print]
        warranted: true
      - id: laboratory
        kind: laboratory
        label: "Send samples to the customs laboratory"
        minutes: 20
        delayHours: 72
        reveals: |
          The laboratory will confirm the identifier''s reading in about three working days. The identifier''s
          result is already enough to detain; the laboratory report will support the prosecution.
        warranted: false
    decision:
      prompt: "What do you decide?"
      options:
        - id: release
          kind: release
          label: "Release: the labels say R-134a and the licence covers it"
          next:
            - when: {found: [reads-r22]}
              goto: released-knowingly
            - goto: released
        - id: seize
          kind: seize
          label: "Seize the shipment and inform the national ozone unit"
          next:
            - when: {found: [reads-r22]}
              goto: seized
            - goto: seized-without-evidence
        - id: refer
          kind: refer
          label: "Hold and refer to the national ozone unit for a licensing decision"
          next:
            - when: {found: [reads-r22]}
              goto: referred
            - goto: seized-without-evidence

endings:
  - id: released
    title: "Released"
    verdict: wrong
    points: 0
    text: |
      About 700 cylinders of R-22 entered the market as R-134a, outside the importer''s (non-existent) HCFC quota.
      The regional alert described exactly this shipment.
  - id: released-knowingly
    title: "Released despite the identifier"
    verdict: wrong
    points: 0
    text: "You had the identifier''s reading of R-22 and released anyway: the HCFC-22 entered without licence or quota."
  - id: seized
    title: "Seized, ozone unit informed"
    verdict: correct
    points: 40
    legalBasis: [ods-licensing, misdeclaration]
    text: |
      The container is seized. The ozone unit confirms that the importer holds no HCFC quota; the laboratory
      confirms R-22 in most of the load. The case goes to prosecution for false declaration and unlicensed import.
  - id: referred
    title: "Held and referred to the ozone unit"
    verdict: acceptable
    points: 30
    legalBasis: [ods-licensing]
    text: |
      The ozone unit confirms the importer has no HCFC quota and asks customs to seize. The outcome is right,
      but a day was lost: the identifier''s reading already justified seizure for false declaration.
  - id: seized-without-evidence
    title: "Held without evidence"
    verdict: acceptable
    points: 15
    legalBasis: [misdeclaration]
    text: |
      You held the container on suspicion alone. The laboratory later finds R-22, but the agent complained of an
      unjustified hold: test the gas before you act.

scoring:
  passMark: 60
  falseFlag: 5
  unnecessaryAction: 5
  legalBasis: 10
  time: {points: 5, withinMinutes: 30}
',
 'hcfc22-declared-as-hfc134a.yaml', '2026-01-05 08:00:02.000000');
INSERT INTO scenario_problem (id, source_path, line_no, column_no, message, found_at) VALUES
(1051, 'broken.yaml', 3, 1, 'id: missing', '2026-01-05 08:00:02.000000');

INSERT INTO scenario_exercise (id, event_id, session_id, scenario_id, group_mode, status, created_by, started_at, closed_at, version) VALUES
(1101, 301, 602, 'hcfc22-declared-as-hfc134a', FALSE, 'CLOSED', 'v9-organiser', '2026-02-10 04:00:00.000000', '2026-02-10 05:00:00.000000', 2);

-- an attempt in progress (two moves), and one completed in the exercise, with its red flags scored
INSERT INTO scenario_attempt (id, scenario_id, scenario_version_id, owner_username, country, agency, seed, status, stage_id, step_count, minutes_used, delay_hours, started_at, deadline_at, completed_at, ending_id, legal_basis_id, score, max_score, percent, passed, event_id, group_id, version, exercise_id, agency_type) VALUES
(1201, 'hcfc22-declared-as-hfc134a', 1001, 'v9-trainee', 'LA', 'Lao Customs Department', 42, 'IN_PROGRESS', 'documents', 2, 10, 0,
 '2026-03-02 03:00:00.000000', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'CUSTOMS'),
(1202, 'hcfc22-declared-as-hfc134a', 1001, 'v9-trainee', 'LA', 'Lao Customs Department', 7, 'COMPLETED', 'seized', 6, 40, 2,
 '2026-02-10 04:05:00.000000', NULL, '2026-02-10 04:40:00.000000', 'seized', 'ods-licensing', 85, 100, 85, TRUE, 301, NULL, 6, 1101, 'CUSTOMS');

INSERT INTO scenario_attempt_step (id, attempt_id, seq, kind, ref, detail, username, taken_at) VALUES
(1301, 1201, 1, 'ACTION', 'licence-check', NULL, 'v9-trainee', '2026-03-02 03:01:00.000000'),
(1302, 1201, 2, 'FLAG', 'price', NULL, 'v9-trainee', '2026-03-02 03:02:00.000000'),
(1311, 1202, 1, 'ACTION', 'licence-check', NULL, 'v9-trainee', '2026-02-10 04:06:00.000000'),
(1312, 1202, 2, 'FLAG', 'price', NULL, 'v9-trainee', '2026-02-10 04:07:00.000000'),
(1313, 1202, 3, 'DECISION', 'detain', NULL, 'v9-trainee', '2026-02-10 04:10:00.000000'),
(1314, 1202, 4, 'ACTION', 'identifier', NULL, 'v9-trainee', '2026-02-10 04:20:00.000000'),
(1315, 1202, 5, 'FLAG', 'reads-r22', NULL, 'v9-trainee', '2026-02-10 04:30:00.000000'),
(1316, 1202, 6, 'DECISION', 'seize', 'ods-licensing', 'v9-trainee', '2026-02-10 04:40:00.000000');

INSERT INTO scenario_attempt_flag (attempt_id, flag_id, genuine, outcome) VALUES
(1202, 'price', TRUE, 'FOUND'), (1202, 'reads-r22', TRUE, 'FOUND'), (1202, 'disposable', TRUE, 'MISSED'), (1202, 'colour', FALSE, 'AVOIDED');

INSERT INTO certificate_image (id, event_id, purpose, file_name, content_type, width, height, bytes, sha256, uploaded_by, uploaded_at) VALUES
(1401, 301, 'LOGO', 'one-pixel.png', 'image/png', 1, 1,
 X'89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D49444154789C6360F8CFC0F01F0005000201E2B2A1E90000000049454E44AE426082',
 '0000000000000000000000000000000000000000000000000000000000000000', 'v9-organiser', '2026-01-20 02:00:00.000000');
INSERT INTO certificate_design (event_id, layout, attendance_threshold, auto_issue, logo_left_id, logo_right_id, signatory1_name, signatory1_title, signatory1_image_id, signatory2_name, signatory2_title, signatory2_image_id, updated_by, updated_at, version) VALUES
(301, 'FORMAL', 80, FALSE, 1401, NULL, 'Oscar Organiser', 'Head, RILO AP', NULL, NULL, NULL, NULL, 'v9-organiser', '2026-01-20 02:05:00.000000', 1);
INSERT INTO certificate_required_scenario (event_id, scenario_id) VALUES (301, 'hcfc22-declared-as-hfc134a');

-- one current certificate, and one that was revoked; their PDFs as issued (a stand-in PDF of a few bytes)
INSERT INTO certificate (id, code, kind, event_id, person_id, holder_username, holder_name, holder_local_name, achievement, event_title, event_place, event_start, event_end, score_percent, issuer, layout, issued_at, issued_by, automatic, valid_until, revoked_at, revoked_by, revoke_reason, superseded_by_id, superseded_at, current_key, pdf_sha256, pdf_size, version) VALUES
(1501, 'VPWM-L4WC-5V53-HDH5-F', 'ATTENDANCE', 301, 401, 'v9-trainee', 'Khamphet Sisavath', 'ຄຳເພັດ ສີສະຫວາດ',
 'attended the Joint Meeting of Ozone Officers and Customs Officers', 'Joint Meeting of Ozone Officers and Customs Officers',
 'Vientiane, Lao PDR', '2026-02-10', '2026-02-11', NULL, 'WCO RILO AP', 'FORMAL', '2026-02-12 03:00:00.000000', 'v9-organiser', FALSE,
 NULL, NULL, NULL, NULL, NULL, NULL, 'ATTENDANCE:301:401', 'a3f1c2b7d0e94c5f8a6b1e2d3c4b5a69788796a5b4c3d2e1f00112233445566', 20, 0),
(1502, '2E7V-7WFZ-W7YT-JSNT-9', 'RESOURCE_PERSON', 301, 402, 'v9-organiser', 'Oscar Organiser', NULL,
 'presented Project Sky-Hole Patching', 'Joint Meeting of Ozone Officers and Customs Officers',
 'Vientiane, Lao PDR', '2026-02-10', '2026-02-11', NULL, 'WCO RILO AP', 'FORMAL', '2026-02-12 03:01:00.000000', 'v9-organiser', FALSE,
 NULL, '2026-02-13 03:00:00.000000', 'v9-admin', 'Issued to the wrong person', NULL, NULL, NULL,
 'b3f1c2b7d0e94c5f8a6b1e2d3c4b5a69788796a5b4c3d2e1f00112233445566', 20, 1);
INSERT INTO certificate_pdf (certificate_id, bytes) VALUES
(1501, X'255044462D312E340A25E2E3CFD30A2525454F460A'), (1502, X'255044462D312E340A25E2E3CFD30A2525454F460A');
UPDATE certificate_kind_setting SET validity_months = 36, updated_by = 'v9-admin', updated_at = '2026-01-21 00:00:00.000000', version = 1
 WHERE kind = 'SCENARIO_COMPLETION';

INSERT INTO capacity_theme (code, label, description, sort_order, active, built_in, scenario_topics, version) VALUES
('V9_PORT_SECURITY', 'Port security cooperation', 'Added by an analyst in the previous release.', 100, TRUE, FALSE, 'transhipment', 0);
INSERT INTO needs_round (id, title, held_on, description, event_id, survey_token, survey_open, created_by, created_at, version) VALUES
(1601, 'Needs round 2026, Vientiane', '2026-02-11', 'Rated by participants of the joint meeting', 301,
 'v9fixtureSurveyToken0123456789abcdefghijklmnopqrstuvwxyzABCDEFG', FALSE, 'v9-analyst', '2026-02-01 00:00:00.000000', 3);
INSERT INTO needs_round_convention (round_id, convention) VALUES (1601, 'MONTREAL');
INSERT INTO needs_rating (id, round_id, country, agency_type, theme_code, respondent, need_level, comment_text, source, entered_by, updated_at, version) VALUES
(1701, 1601, 'LA', 'CUSTOMS', 'SUBSTANCE_IDENTIFICATION', 'v9-trainee', 5, 'No refrigerant identifier at the dry port', 'SURVEY', 'v9-trainee', '2026-02-11 06:00:00.000000', 0),
(1702, 1601, 'LA', 'CUSTOMS', 'INFORMATION_SHARING', 'v9-trainee', 3, NULL, 'SURVEY', 'v9-trainee', '2026-02-11 06:00:00.000000', 0),
(1703, 1601, 'LA', 'NATIONAL_OZONE_UNIT', 'V9_PORT_SECURITY', '', 2, NULL, 'ANALYST', 'v9-analyst', '2026-02-12 06:00:00.000000', 1);
