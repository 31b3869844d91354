package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenborder.academy.workshop.RegistrationStatus.APOLOGIES;
import static org.greenborder.academy.workshop.RegistrationStatus.CONFIRMED;
import static org.greenborder.academy.workshop.RegistrationStatus.DECLINED;
import static org.greenborder.academy.workshop.RegistrationStatus.WAITLISTED;
import static org.greenborder.academy.workshop.RegistrationStatus.WITHDRAWN;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Registration within the capacity, and the waitlist that moves up by itself, first come first served. */
class WaitlistTest extends WorkshopTestBase {

    @Test
    void approvingMoreThanTheCapacityPutsTheRestOnTheWaitlist() {
        WorkshopEvent event = publishedEvent(2);
        Registration first = approve(nominate(event, person("Khamphet Sisavath")));
        Registration second = approve(nominate(event, person("Sok Dara")));
        Registration third = approve(nominate(event, person("Nguyen Van An")));

        assertThat(first.getStatus()).isEqualTo(CONFIRMED);
        assertThat(second.getStatus()).isEqualTo(CONFIRMED);
        assertThat(third.getStatus()).isEqualTo(WAITLISTED);
        assertThat(third.getQueuedAt()).isNotNull();
        assertThat(registrationRepository.countPlacesTaken(event.getId())).isEqualTo(2);
        // approving again changes nothing
        assertThat(approve(third).getStatus()).isEqualTo(WAITLISTED);
        assertThat(approve(first).getStatus()).isEqualTo(CONFIRMED);
    }

    @Test
    void aWithdrawalGivesThePlaceToWhoeverJoinedTheWaitlistFirst() {
        WorkshopEvent event = publishedEvent(2);
        Registration leaving = confirmed(event, person("Khamphet Sisavath"));
        confirmed(event, person("Sok Dara"));
        // nominated in one order, put on the waitlist in another: the waitlist order is what counts
        Registration nominatedFirst = nominate(event, person("Nguyen Van An"));
        Registration nominatedSecond = nominate(event, person("Somchai Wongsakul"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(approve(nominatedSecond).getStatus()).isEqualTo(WAITLISTED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(approve(nominatedFirst).getStatus()).isEqualTo(WAITLISTED);

        Registration withdrawn = admin(() -> participants.withdraw(leaving.getId()));

        assertThat(withdrawn.getStatus()).isEqualTo(WITHDRAWN);
        assertThat(statusOf(nominatedSecond)).isEqualTo(CONFIRMED);
        assertThat(registrationRepository.findById(nominatedSecond.getId()).orElseThrow().getQueuedAt()).isNull();
        assertThat(statusOf(nominatedFirst)).isEqualTo(WAITLISTED);
        assertThat(registrationRepository.countPlacesTaken(event.getId())).isEqualTo(2);
    }

    @Test
    void sendingApologiesFreesThePlaceToo() {
        WorkshopEvent event = publishedEvent(1);
        Registration sorry = confirmed(event, person("Aung Kyaw"));
        Registration waiting = approve(nominate(event, person("Maria Santos")));
        assertThat(waiting.getStatus()).isEqualTo(WAITLISTED);

        Registration apologised = admin(() -> participants.sendApologies(sorry.getId(), "  Called to a seizure at the border  "));

        assertThat(apologised.getStatus()).isEqualTo(APOLOGIES);
        assertThat(registrationRepository.findById(sorry.getId()).orElseThrow().getNote()).isEqualTo("Called to a seizure at the border");
        assertThat(statusOf(waiting)).isEqualTo(CONFIRMED);
    }

    @Test
    void raisingTheCapacityPromotesFromTheWaitlistInOrder() {
        WorkshopEvent event = publishedEvent(1);
        confirmed(event, person("Khamphet Sisavath"));
        List<Registration> waiting = new ArrayList<>();
        for (String name : List.of("Sok Dara", "Nguyen Van An", "Somchai Wongsakul")) {
            clock.advance(Duration.ofSeconds(1));
            waiting.add(approve(nominate(event, person(name))));
        }
        assertThat(waiting).extracting(Registration::getStatus).containsOnly(WAITLISTED);

        WorkshopEvent edited = admin(() -> workshops.get(event.getId()));
        edited.setCapacity(3);
        admin(() -> workshops.update(edited));

        assertThat(waiting).extracting(this::statusOf).containsExactly(CONFIRMED, CONFIRMED, WAITLISTED);

        WorkshopEvent unlimited = admin(() -> workshops.get(event.getId()));
        unlimited.setCapacity(null);
        admin(() -> workshops.update(unlimited));

        assertThat(waiting).extracting(this::statusOf).containsOnly(CONFIRMED);
    }

    @Test
    void lowerTheCapacityPromotesNobody() {
        WorkshopEvent event = publishedEvent(2);
        confirmed(event, person("Khamphet Sisavath"));
        confirmed(event, person("Sok Dara"));
        Registration waiting = approve(nominate(event, person("Nguyen Van An")));

        WorkshopEvent edited = admin(() -> workshops.get(event.getId()));
        edited.setCapacity(1);
        admin(() -> workshops.update(edited));

        assertThat(statusOf(waiting)).isEqualTo(WAITLISTED);
    }

    @Test
    void resourcePersonsAndOrganisersTakeNoPlace() {
        WorkshopEvent event = publishedEvent(1);
        Registration expert = approve(nominate(event, person("Dr Expert"), EventRole.RESOURCE_PERSON));
        Registration organiser = approve(nominate(event, person("Ms Organiser"), EventRole.ORGANISER));
        Registration presenter = approve(nominate(event, person("Remote Presenter"), EventRole.REMOTE_PRESENTER));
        Registration participant = approve(nominate(event, person("Khamphet Sisavath")));
        Registration observer = approve(nominate(event, person("Observer From Ngo"), EventRole.OBSERVER));

        assertThat(List.of(expert, organiser, presenter, participant)).extracting(Registration::getStatus).containsOnly(CONFIRMED);
        // observers do take places
        assertThat(observer.getStatus()).isEqualTo(WAITLISTED);
        assertThat(registrationRepository.countPlacesTaken(event.getId())).isEqualTo(1);

        // a full event still confirms a resource person at once
        Registration lateExpert = approve(nominate(event, person("Late Expert"), EventRole.RESOURCE_PERSON));
        assertThat(lateExpert.getStatus()).isEqualTo(CONFIRMED);

        // and a resource person leaving frees no place
        admin(() -> participants.withdraw(expert.getId()));
        assertThat(statusOf(observer)).isEqualTo(WAITLISTED);
    }

    @Test
    void aParticipantWhoBecomesAResourcePersonFreesTheirPlace() {
        WorkshopEvent event = publishedEvent(1);
        Registration participant = confirmed(event, person("Khamphet Sisavath"));
        Registration waiting = approve(nominate(event, person("Sok Dara")));

        Registration changed = admin(() -> participants.changeRole(participant.getId(), EventRole.RESOURCE_PERSON));

        assertThat(changed.getRole()).isEqualTo(EventRole.RESOURCE_PERSON);
        assertThat(changed.getStatus()).isEqualTo(CONFIRMED);
        assertThat(statusOf(waiting)).isEqualTo(CONFIRMED);
    }

    @Test
    void aResourcePersonCannotBecomeAParticipantOfAFullEvent() {
        WorkshopEvent event = publishedEvent(1);
        confirmed(event, person("Khamphet Sisavath"));
        Registration expert = approve(nominate(event, person("Dr Expert"), EventRole.RESOURCE_PERSON));

        assertThatThrownBy(() -> admin(() -> participants.changeRole(expert.getId(), EventRole.PARTICIPANT)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("full");

        assertThat(registrationRepository.findById(expert.getId()).orElseThrow().getRole()).isEqualTo(EventRole.RESOURCE_PERSON);
        assertThat(registrationRepository.countPlacesTaken(event.getId())).isEqualTo(1);
    }

    @Test
    void aResourcePersonCanBecomeAParticipantWhileThereIsRoom() {
        WorkshopEvent event = publishedEvent(2);
        confirmed(event, person("Khamphet Sisavath"));
        Registration expert = approve(nominate(event, person("Dr Expert"), EventRole.RESOURCE_PERSON));

        admin(() -> participants.changeRole(expert.getId(), EventRole.PARTICIPANT));

        assertThat(registrationRepository.countPlacesTaken(event.getId())).isEqualTo(2);
    }

    @Test
    void declinedAndWithdrawnRegistrationsHoldNoPlace() {
        WorkshopEvent event = publishedEvent(2);
        Registration declined = admin(() -> participants.decline(nominate(event, person("Declined Person")).getId()));
        Registration withdrawn = admin(() -> participants.withdraw(confirmed(event, person("Withdrawn Person")).getId()));
        assertThat(declined.getStatus()).isEqualTo(DECLINED);
        assertThat(withdrawn.getStatus()).isEqualTo(WITHDRAWN);

        Registration first = approve(nominate(event, person("Khamphet Sisavath")));
        Registration second = approve(nominate(event, person("Sok Dara")));

        assertThat(first.getStatus()).isEqualTo(CONFIRMED);
        assertThat(second.getStatus()).isEqualTo(CONFIRMED);
        assertThat(statusOf(declined)).isEqualTo(DECLINED);
        assertThat(statusOf(withdrawn)).isEqualTo(WITHDRAWN);
    }

    @Test
    void whoeverLeftTheWaitlistIsNotPromotedLater() {
        WorkshopEvent event = publishedEvent(1);
        Registration holder = confirmed(event, person("Khamphet Sisavath"));
        Registration leftTheQueue = approve(nominate(event, person("Sok Dara")));
        clock.advance(Duration.ofSeconds(1));
        Registration declinedFromQueue = approve(nominate(event, person("Nguyen Van An")));
        clock.advance(Duration.ofSeconds(1));
        Registration stillWaiting = approve(nominate(event, person("Somchai Wongsakul")));
        admin(() -> participants.withdraw(leftTheQueue.getId()));
        admin(() -> participants.decline(declinedFromQueue.getId()));

        admin(() -> participants.withdraw(holder.getId()));

        assertThat(statusOf(leftTheQueue)).isEqualTo(WITHDRAWN);
        assertThat(statusOf(declinedFromQueue)).isEqualTo(DECLINED);
        assertThat(statusOf(stillWaiting)).isEqualTo(CONFIRMED);
    }

    @Test
    void aPersonCannotBeNominatedTwiceForTheSameEvent() {
        WorkshopEvent event = publishedEvent(5);
        Person person = person("Khamphet Sisavath");
        nominate(event, person);

        assertThatThrownBy(() -> nominate(event, person)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already registered");
    }

    @Test
    @WithMockUser(username = "trainee-withdraws", roles = "TRAINEE")
    void aTraineeWithdrawsTheirOwnRegistrationAndTheWaitlistMovesUp() {
        WorkshopEvent event = publishedEvent(1);
        Registration mine = confirmed(event, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "trainee-withdraws"));
        Registration waiting = approve(nominate(event, person("Sok Dara")));

        Registration withdrawn = participants.withdraw(mine.getId());

        assertThat(withdrawn.getStatus()).isEqualTo(WITHDRAWN);
        assertThat(statusOf(waiting)).isEqualTo(CONFIRMED);
    }

    @Test
    @WithMockUser(username = "trainee-apologises", roles = "TRAINEE")
    void aTraineeSendsTheirOwnApologies() {
        WorkshopEvent event = publishedEvent(1);
        Registration mine = confirmed(event, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "trainee-apologises"));
        Registration waiting = approve(nominate(event, person("Sok Dara")));

        assertThat(participants.sendApologies(mine.getId(), "Sick").getStatus()).isEqualTo(APOLOGIES);
        assertThat(statusOf(waiting)).isEqualTo(CONFIRMED);
    }

    @Test
    @WithMockUser(username = "trainee-meddles", roles = "TRAINEE")
    void aTraineeCannotWithdrawSomeoneElse() {
        WorkshopEvent event = publishedEvent(5);
        confirmed(event, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "trainee-meddles"));
        Registration colleague = confirmed(event, person("Sok Dara"));
        WorkshopEvent otherEvent = publishedEvent(5);
        Registration stranger = confirmed(otherEvent, person("Nguyen Van An"));

        assertThatThrownBy(() -> participants.withdraw(colleague.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.sendApologies(colleague.getId(), null)).isInstanceOf(AccessDeniedException.class);
        // in an event the trainee does not take part in, the registration does not even exist for them
        assertThatThrownBy(() -> participants.withdraw(stranger.getId())).isInstanceOf(NotFoundException.class);
        // nor can a trainee approve, decline or change roles
        assertThatThrownBy(() -> participants.approve(colleague.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.decline(colleague.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.changeRole(colleague.getId(), EventRole.OBSERVER)).isInstanceOf(AccessDeniedException.class);

        assertThat(statusOf(colleague)).isEqualTo(CONFIRMED);
        assertThat(statusOf(stranger)).isEqualTo(CONFIRMED);
    }

    @Test
    void anOrganiserWhoIsNotAnEditorCannotManageRegistrations() {
        WorkshopEvent event = publishedEvent(5);
        Registration registration = nominate(event, person("Khamphet Sisavath"));
        Person someone = person("Sok Dara");

        runAs(unique("other-organiser"), Role.ORGANISER, () -> {
            assertThatThrownBy(() -> participants.approve(registration.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> participants.withdraw(registration.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> participants.nominate(event.getId(), someone.getId(), EventRole.PARTICIPANT, null))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(statusOf(registration)).isEqualTo(RegistrationStatus.NOMINATED);
    }

    @Test
    void twoApprovalsAtTheSameTimeCannotBothTakeTheLastPlace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                WorkshopEvent event = publishedEvent(1);
                Registration one = nominate(event, person("Khamphet Sisavath"));
                Registration two = nominate(event, person("Sok Dara"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Registration>> results = new ArrayList<>();
                for (Registration registration : List.of(one, two)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return admin(() -> participants.approve(registration.getId()));
                    }));
                }
                start.countDown();
                for (Future<Registration> result : results) {
                    result.get(30, TimeUnit.SECONDS);
                }

                assertThat(List.of(statusOf(one), statusOf(two))).as("round %d", round)
                        .containsExactlyInAnyOrder(CONFIRMED, WAITLISTED);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
