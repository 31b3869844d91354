package org.greenborder.academy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * No N+1 on the main pages: the SQL statements a page runs must not grow with the rows it shows. Each page is
 * opened, then more of what it lists is added, and it is opened again; the count may grow by a constant at most.
 */
@SpringBootTest
@Import(WorkshopFixture.class)
class StatementCountTest extends BrowserlessTestBase {

    static final long SLACK = 2;

    @Autowired
    WorkshopFixture fx;
    @Autowired
    EntityManagerFactory entityManagers;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private Statistics statistics() {
        return entityManagers.unwrap(SessionFactory.class).getStatistics();
    }

    private long statements(String username, Role role, String route) {
        SignedIn.signIn(contextHolder, username, role);
        navigate("verify", Component.class); // leave the page, so the next navigation builds it anew
        Statistics statistics = statistics();
        long before = statistics.getPrepareStatementCount();
        navigate(route, Component.class);
        return statistics.getPrepareStatementCount() - before;
    }

    private void moreWorkshops(int count) {
        for (int i = 0; i < count; i++) {
            WorkshopEvent event = fx.event(WorkshopFixture.unique("Load"), EventStatus.PUBLISHED);
            fx.confirmedParticipant(event, "Participant " + i, null, EventRole.PARTICIPANT);
            fx.confirmedParticipant(event, "Resource person " + i, null, EventRole.RESOURCE_PERSON);
        }
    }

    @Test
    void mainPagesRunAsManyStatementsForMoreRows() {
        assertThat(statistics().isStatisticsEnabled()).isTrue();
        List<Object[]> pages = List.of(
                new Object[] {"admin", Role.ADMIN, ""},
                new Object[] {"organiser", Role.ORGANISER, ""},
                new Object[] {"organiser", Role.ORGANISER, "workshops"},
                new Object[] {"organiser", Role.ORGANISER, "follow-up"},
                new Object[] {"organiser", Role.ORGANISER, "certificates"},
                new Object[] {"trainee", Role.TRAINEE, ""},
                new Object[] {"trainee", Role.TRAINEE, "my-workshops"},
                new Object[] {"trainee", Role.TRAINEE, "training"},
                new Object[] {"trainee", Role.TRAINEE, "my-training"},
                new Object[] {"trainee", Role.TRAINEE, "my-certificates"},
                new Object[] {"analyst", Role.ANALYST, "training/results"},
                new Object[] {"analyst", Role.ANALYST, "needs"},
                new Object[] {"analyst", Role.ANALYST, "needs/country/LA"},
                new Object[] {"analyst", Role.ANALYST, "needs/rounds"});
        Map<String, Long> first = new LinkedHashMap<>();
        for (Object[] page : pages) {
            first.put(page[0] + " " + page[2], statements((String) page[0], (Role) page[1], (String) page[2]));
        }
        moreWorkshops(6);
        Map<String, Long> second = new LinkedHashMap<>();
        for (Object[] page : pages) {
            second.put(page[0] + " " + page[2], statements((String) page[0], (Role) page[1], (String) page[2]));
        }
        System.out.println("statements per page, before and after six more workshops: " + first + " → " + second);
        second.forEach((page, count) -> assertThat(count).as(page + " (was " + first.get(page) + ")")
                .isLessThanOrEqualTo(first.get(page) + SLACK));
    }
}
