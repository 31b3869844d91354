package org.greenborder.academy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    DataSeedRepository seeds;
    @Autowired
    CertificateService certificates;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SystemIdentity system;

    @Test
    void loadsOneDemoAccountPerRoleOnceAndNeverAgain() {
        loader.run(new DefaultApplicationArguments());
        loader.run(new DefaultApplicationArguments());

        Map<String, UserAccount> demo = system.call(() -> accounts.search(null)).stream()
                .filter(account -> DemoAccounts.all().stream().anyMatch(d -> d.username().equals(account.getUsername())))
                .collect(Collectors.toMap(UserAccount::getUsername, account -> account));
        assertThat(demo).containsOnlyKeys("admin", "organiser", "trainee", "analyst");
        assertThat(demo.get("admin").getRoles()).containsExactly(Role.ADMIN);
        assertThat(demo.get("organiser").getRoles()).containsExactly(Role.ORGANISER);
        assertThat(demo.get("trainee").getRoles()).containsExactly(Role.TRAINEE);
        assertThat(demo.get("analyst").getRoles()).containsExactly(Role.ANALYST);
        assertThat(seeds.findById(DemoDataLoader.ACCOUNTS_SEED)).isPresent();
        assertThat(seeds.findById(DemoDataLoader.WORKSHOPS_SEED)).isPresent();
        assertThat(seeds.findById(DemoTraining.TRAINING_SEED)).isPresent();
        assertThat(seeds.findById(DemoCertificates.CERTIFICATES_SEED)).isPresent();
        assertThat(seeds.findById(DemoNeeds.NEEDS_SEED)).isPresent();
        assertThat(seeds.count()).isEqualTo(5);
        // the demo trainee holds certificates: attendance of the 2014 workshop, completion of the required scenario
        assertThat(system.callAs("trainee", Role.TRAINEE, certificates::mine))
                .extracting(certificate -> certificate.getKind())
                .containsExactlyInAnyOrder(CertificateKind.ATTENDANCE, CertificateKind.SCENARIO_COMPLETION);
    }
}
