package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The people who take part in workshops: one record per person, found by any of their names. */
@WithMockUser(username = "people-organiser", roles = "ORGANISER")
class PeopleTest extends WorkshopTestBase {

    @Test
    void detailsAreTidiedWhenSaved() {
        Person person = new Person("  Khamphet Sisavath ", CountryCode.of("LA"), AgencyType.CUSTOMS, null);
        String email = unique("Khamphet") + "@Example.ORG";
        person.setEmail("  " + email + " ");
        person.setLocalName("   ");
        person.setJobTitle("");
        person.setUsername(" ");

        Person saved = participants.savePerson(person);

        assertThat(saved.getFullName()).isEqualTo("Khamphet Sisavath");
        assertThat(saved.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(saved.getLocalName()).isNull();
        assertThat(saved.getJobTitle()).isNull();
        assertThat(saved.getUsername()).isNull();
    }

    @Test
    void anEmailOrAnAccountBelongsToOnePersonOnly() {
        String account = unique("account");
        Person first = person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, account);

        Person sameEmail = new Person("Someone Else", CountryCode.of("LA"), AgencyType.CUSTOMS, null);
        sameEmail.setEmail(first.getEmail().toUpperCase());
        assertThatThrownBy(() -> participants.savePerson(sameEmail)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Khamphet Sisavath");

        Person sameAccount = new Person("Someone Else", CountryCode.of("LA"), AgencyType.CUSTOMS, null);
        sameAccount.setUsername(account);
        assertThatThrownBy(() -> participants.savePerson(sameAccount)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(account);

        // saving the person themself again is fine
        Person again = personRepository.findById(first.getId()).orElseThrow();
        again.setJobTitle("Deputy Director");
        assertThat(participants.savePerson(again).getJobTitle()).isEqualTo("Deputy Director");
    }

    @Test
    void searchFindsByAnyNameOrEmailAndTreatsWildcardsLiterally() {
        String marker = unique("Vongphachanh");
        Person person = new Person("Souk " + marker, CountryCode.of("LA"), AgencyType.CUSTOMS, null);
        person.setLocalName("ສຸກ " + marker);
        person.setEmail(marker.toLowerCase() + "@example.org");
        participants.savePerson(person);

        assertThat(participants.searchPeople(marker.toUpperCase())).extracting(Person::getFullName).containsExactly("Souk " + marker);
        assertThat(participants.searchPeople("ສຸກ " + marker)).hasSize(1);
        assertThat(participants.searchPeople(marker.toLowerCase() + "@example")).hasSize(1);
        assertThat(participants.searchPeople("%")).isEmpty();
        assertThat(participants.searchPeople("_")).isEmpty();
        assertThat(participants.searchPeople("!")).isEmpty();
    }
}
