package org.greenborder.academy.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.AuditEntry;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.ui.AccessDeniedView;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class AuditLogViewTest extends BrowserlessTestBase {

    @Autowired
    UserAccountService accounts;
    @Autowired
    SystemIdentity system;

    @Test
    @WithUserDetails("organiser")
    void onlyAdministratorsOpenIt() {
        navigate("admin/audit", AccessDeniedView.class);
        assertThat(find(AuditLogView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorFindsWhoChangedAnAccount() {
        UserAccount trainee = system.call(() -> accounts.findByUsername("trainee")).orElseThrow();
        system.callAs("admin", org.greenborder.academy.security.Role.ADMIN, () -> {
            accounts.endSessions(trainee.getId());
            return null;
        });

        AuditLogView view = navigate(AuditLogView.class);
        view.actions.setValue(Set.of(AuditAction.SESSIONS_ENDED));
        test(view.text).setValue("user trainee");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        AuditEntry entry = test(view.grid).getRow(0);
        assertThat(entry.getActor()).isEqualTo("admin");
        assertThat(entry.getTarget()).isEqualTo("user trainee");
        assertThat(view.total.getText()).endsWith(test(view.grid).size() == 1 ? " entry" : " entries");

        test(view.actor).setValue("nobody-did-this");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).isEqualTo("0 entries");
    }
}
