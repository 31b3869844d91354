package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void codesAreFourGroupsAndACheckSymbolFromAnAlphabetWithoutLookAlikes() {
        String code = CertificateCode.generate();
        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]");
        assertThat(CertificateCode.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
        assertThat(Math.log(Math.pow(CertificateCode.ALPHABET.length(), CertificateCode.RANDOM_SYMBOLS)) / Math.log(2))
                .as("bits of randomness").isGreaterThanOrEqualTo(80);
        assertThat(CertificateCode.parse(code)).contains(code);
    }

    @Test
    void tenThousandCodesAreAllDifferent() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(CertificateCode.generate());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void typedCodesAreTakenWithoutCaseSpacesOrHyphens() {
        String code = CertificateCode.generate();
        String sloppy = " " + code.replace("-", " ").toLowerCase() + " ";
        assertThat(CertificateCode.parse(sloppy)).contains(code);
        assertThat(CertificateCode.parse(code.replace("-", ""))).contains(code);
    }

    @RepeatedTest(20)
    void everySingleWrongSymbolIsCaught() {
        String compact = CertificateCode.generate().replace("-", "");
        for (int position = 0; position < compact.length(); position++) {
            for (char other : CertificateCode.ALPHABET.toCharArray()) {
                if (other == compact.charAt(position)) {
                    continue;
                }
                String typo = compact.substring(0, position) + other + compact.substring(position + 1);
                assertThat(CertificateCode.parse(typo)).as(typo).isEmpty();
            }
        }
    }

    @RepeatedTest(20)
    void everySwapOfTwoDifferentNeighboursIsCaught() {
        String compact = CertificateCode.generate().replace("-", "");
        for (int position = 0; position + 1 < compact.length(); position++) {
            if (compact.charAt(position) == compact.charAt(position + 1)) {
                continue;
            }
            String swapped = compact.substring(0, position) + compact.charAt(position + 1) + compact.charAt(position)
                    + compact.substring(position + 2);
            assertThat(CertificateCode.parse(swapped)).as(swapped).isEmpty();
        }
    }

    @Test
    void everyPairOfSymbolsSwappedAnywhereIsCaught() {
        String alphabet = CertificateCode.ALPHABET;
        for (int position = 0; position < CertificateCode.RANDOM_SYMBOLS; position++) {
            for (char a : alphabet.toCharArray()) {
                for (char b : alphabet.toCharArray()) {
                    if (a == b) {
                        continue;
                    }
                    StringBuilder body = new StringBuilder("K".repeat(CertificateCode.RANDOM_SYMBOLS));
                    body.setCharAt(position, a);
                    if (position + 1 < CertificateCode.RANDOM_SYMBOLS) {
                        body.setCharAt(position + 1, b);
                    }
                    String code = body.toString() + CertificateCode.checkSymbol(body.toString());
                    char[] swapped = code.toCharArray();
                    swapped[position] = code.charAt(position + 1);
                    swapped[position + 1] = code.charAt(position);
                    if (new String(swapped).equals(code)) {
                        continue;
                    }
                    assertThat(CertificateCode.parse(new String(swapped))).as(new String(swapped)).isEmpty();
                }
            }
        }
    }

    @Test
    void lookAlikesAndWrongLengthsAreNotCodes() {
        String code = CertificateCode.generate();
        assertThat(CertificateCode.parse(code.substring(0, code.length() - 1) + "0")).isEmpty();
        assertThat(CertificateCode.parse("O" + code.substring(1))).isEmpty();
        assertThat(CertificateCode.parse(code + "A")).isEmpty();
        assertThat(CertificateCode.parse("")).isEmpty();
        assertThat(CertificateCode.parse(null)).isEmpty();
        assertThat(CertificateCode.parse("<script>alert(1)</script>")).isEmpty();
    }
}
