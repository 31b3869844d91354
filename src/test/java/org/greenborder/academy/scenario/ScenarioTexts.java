package org.greenborder.academy.scenario;

/** A small valid scenario for tests, and ways to break it one thing at a time. */
final class ScenarioTexts {

    private ScenarioTexts() {
    }

    static final String VALID = """
            id: small
            title: Small test shipment
            version: 1
            language: en
            conventions: [montreal]
            difficulty: beginner
            minutes: 10
            topics: [hs-codes]
            learningObjectives:
              - Compare the declaration with the invoice.
            briefing:
              post: Examination officer
              port: Laem Chabang, Thailand
              date: "${arrival}"
              text: A declaration for ${cylinders} cylinders for ${importer.name}.
            variables:
              importer:
                choice:
                  - {name: "Alpha Co.", city: "Bangkok"}
                  - {name: "Beta Ltd.", city: "Rayong"}
              cylinders: {integer: {min: 100, max: 200, step: 10}}
              netKg: {product: {of: cylinders, times: 13.6, decimals: 1}}
              bigKg: {product: {of: cylinders, times: 136, grouped: true}}
              container: {container: {owners: [TGHU, MSKU], checkDigit: valid}}
              wrongContainer: {container: {owners: [TGHU], checkDigit: wrong}}
              invoiceNo: {code: "INV-####-@@"}
              arrival: {date: {from: 2025-03-01, to: 2025-03-31}}
            budget:
              minutes: 60
              delayHours: 12
            documents:
              - id: invoice
                kind: commercial-invoice
                title: Invoice ${invoiceNo}
                fields:
                  - [Buyer, "${importer.name}"]
                table:
                  columns: [Description, Quantity]
                  rows:
                    - ["R-134a", "${cylinders}"]
              - id: label
                kind: cylinder-label
                title: Label
                label:
                  product: R-134a
                  refillable: false
            intelligence:
              - id: alert
                kind: alert
                title: Alert
                text: R-22 as R-134a on this lane.
            redFlags:
              - id: price
                text: The price is low
                genuine: true
                points: 10
                explanation: Cheap for R-134a.
                guidance: [hs-codes-hcfc]
              - id: reads-r22
                text: The identifier reads R-22
                genuine: true
                points: 20
                explanation: Decisive.
                visibleAfter: [identifier]
              - id: colour
                text: The colour is wrong
                genuine: false
                explanation: Colour identifies nothing.
            legalBases:
              - id: licensing
                text: ODS licensing
              - id: basel
                text: Basel Art. 9
            stages:
              - id: documents
                title: Documents
                text: Read them.
                documents: [invoice]
                intelligence: [alert]
                actions:
                  - id: scanner
                    kind: scanner
                    label: X-ray
                    minutes: 30
                    delayHours: 4
                    reveals: Cylinders.
                    warranted: false
                decision:
                  prompt: What now?
                  options:
                    - id: release
                      kind: release
                      label: Release
                      next: released
                    - id: detain
                      kind: detain
                      label: Detain
                      next: examination
              - id: examination
                title: Examination
                text: The container is open.
                actions:
                  - id: identifier
                    kind: identifier
                    label: Identifier
                    minutes: 20
                    delayHours: 2
                    reveals: R-22.
                    documents: [label]
                    warranted: true
                decision:
                  prompt: Decide.
                  options:
                    - id: seize
                      kind: seize
                      label: Seize
                      next:
                        - when: {found: [reads-r22]}
                          goto: seized
                        - goto: seized-blind
                    - id: release
                      kind: release
                      label: Release
                      next: released
            endings:
              - id: seized
                title: Seized
                verdict: correct
                points: 40
                legalBasis: [licensing]
                text: Good.
              - id: seized-blind
                title: Seized without evidence
                verdict: acceptable
                points: 15
                legalBasis: [licensing]
                text: Lucky.
              - id: released
                title: Released
                verdict: wrong
                points: 0
                text: R-22 entered.
            scoring:
              passMark: 60
              falseFlag: 5
              unnecessaryAction: 4
              legalBasis: 10
              time: {points: 5, withinMinutes: 30}
            """;

    static ScenarioDefinition valid() {
        ScenarioReader.Result result = ScenarioReader.read("small.yaml", VALID);
        if (!result.valid()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.definition();
    }

    /** The valid text with one exact piece replaced; fails loudly if the piece is not there. */
    static String with(String piece, String replacement) {
        if (!VALID.contains(piece)) {
            throw new IllegalArgumentException("not in the test scenario: " + piece);
        }
        return VALID.replace(piece, replacement);
    }
}
