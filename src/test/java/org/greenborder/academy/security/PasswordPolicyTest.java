package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersAndLongPassphrasesWithoutCompositionRules() {
        assertThat(PasswordPolicy.problem("abcdefgh", "someone")).isEmpty();
        assertThat(PasswordPolicy.problem("correct horse battery staple on the mekong river at dawn", "someone")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        // the rule counts code points, so scripts outside Latin are measured as the user typed them
        assertThat(PasswordPolicy.problem("ສະບາຍດີລາວ", "someone")).isEmpty();
        assertThat(PasswordPolicy.problem("ສະບາຍ", "someone")).contains("Use at least 8 characters");
    }

    @Test
    void refusesShortTooLongOrTheUserName() {
        assertThat(PasswordPolicy.problem("short", "someone")).isPresent();
        assertThat(PasswordPolicy.problem("x".repeat(129), "someone")).contains("Use at most 128 characters");
        assertThat(PasswordPolicy.problem("Organiser", "organiser")).isPresent();
        assertThat(PasswordPolicy.problem(null, "someone")).isPresent();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.problem("password", "someone")).hasValueSatisfying(m -> assertThat(m).contains("most common"));
        assertThat(PasswordPolicy.problem("Password1", "someone")).isPresent();
        assertThat(PasswordPolicy.problem("QWERTYUIOP", "someone")).isPresent();
        assertThat(PasswordPolicy.problem("iloveyou", "someone")).isPresent();
        assertThat(PasswordPolicy.problem("bologna1", "someone")).as("the list's last line").isPresent();
        assertThat(PasswordPolicy.problem("mekong delta shipping manifest", "someone")).isEmpty();
    }

    @Test
    void theBundledListHoldsAtLeastTheTop3000ThatFitThePolicy() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_LIST)) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(3000).doesNotHaveDuplicates()
                    .allSatisfy(line -> assertThat(line.length()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH));
        }
    }

    @Test
    void refusesThePlatformsNameAndTheUsersOwnWordsInAnySpelling() {
        java.util.List<String> khamphet = java.util.Arrays.asList("Khamphet Sisavath", "k.sisavath@customs.gov.la");
        assertThat(PasswordPolicy.problem("GreenBorder2026!", "someone")).hasValueSatisfying(m -> assertThat(m).contains("greenborder"));
        assertThat(PasswordPolicy.problem("green border academy", "someone")).isPresent();
        assertThat(PasswordPolicy.problem("ＧＲＥＥＮ-ＢＯＲＤＥＲ-ｘ", "someone")).as("full-width letters").isPresent();
        assertThat(PasswordPolicy.problem("sisavath at thanaleng", "ksisavath", khamphet)).hasValueSatisfying(m -> assertThat(m).contains("sisavath"));
        assertThat(PasswordPolicy.problem("my name is Khamphet", "ksisavath", khamphet)).isPresent();
        assertThat(PasswordPolicy.problem("call ksisavath now", "ksisavath", khamphet)).as("the user name inside").isPresent();
        // short name parts and unrelated passphrases stay allowed
        assertThat(PasswordPolicy.problem("li and the mekong ferry", "li.wei", java.util.List.of("Li Wei"))).isEmpty();
        assertThat(PasswordPolicy.problem("ozone-layer-1987", "trainee", khamphet)).isEmpty();
        assertThat(PasswordPolicy.problem("thanaleng bridge at dawn", "ksisavath", java.util.Arrays.asList(null, null))).isEmpty();
    }
}
