package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890". */
    private static final String RFC_SECRET = new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void givesTheCodesOfRfc6238() {
        // the RFC lists 8 digits; an app shows the last 6
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void acceptsTheStepBeforeAndAfterNowButNotFurther() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        for (long drift = -1; drift <= 1; drift++) {
            assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + drift), now, null)).hasValue(step + drift);
        }
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, null)).isEmpty();
    }

    @Test
    void refusesAStepAlreadyUsedOrAnEarlierOne() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SECRET, step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void readsCodesTypedWithSpacesAndRefusesWhatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now, null)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, " 287-082 ", now, null)).isPresent();
        for (String bad : new String[] {null, "", "28708", "2870823", "abcdef", "２８７０８２", "287082\u0000"}) {
            assertThat(Totp.matchingStep(RFC_SECRET, bad, now, null)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void newSecretsAre160RandomBitsAndTheAppAddressNamesTheIssuer() {
        String a = Totp.newSecret();
        String b = Totp.newSecret();
        assertThat(new Base32().decode(a)).hasSize(20);
        assertThat(a).isNotEqualTo(b).matches("[A-Z2-7]{32}");
        assertThat(Totp.uri(a, "organiser")).isEqualTo("otpauth://totp/Green%20Border%20Academy:organiser?secret=" + a
                + "&issuer=Green%20Border%20Academy&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
    }
}
