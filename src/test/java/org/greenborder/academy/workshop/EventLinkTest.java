package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Links between events, read from either side. */
@WithMockUser(username = "links-admin", roles = "ADMIN")
class EventLinkTest extends WorkshopTestBase {

    @Test
    void aLinkReadsFromBothSidesAndCanBeRemoved() {
        WorkshopEvent joint = publishedEvent(null);
        WorkshopEvent customs = publishedEvent(null);

        workshops.link(joint.getId(), customs.getId(), LinkKind.BACK_TO_BACK_WITH);

        LinkedEvent fromJoint = workshops.links(joint.getId()).getFirst();
        assertThat(fromJoint.eventId()).isEqualTo(customs.getId());
        assertThat(fromJoint.relation()).isEqualTo("Back to back with");
        assertThat(workshops.links(customs.getId())).singleElement().extracting(LinkedEvent::eventId).isEqualTo(joint.getId());

        // removing it from the other side works, and a link of other events is not found
        WorkshopEvent unrelated = publishedEvent(null);
        assertThatThrownBy(() -> workshops.unlink(unrelated.getId(), fromJoint.linkId())).isInstanceOf(NotFoundException.class);
        workshops.unlink(customs.getId(), fromJoint.linkId());
        assertThat(workshops.links(joint.getId())).isEmpty();
    }

    @Test
    void theSameLinkCannotBeMadeTwiceNorToItself() {
        WorkshopEvent first = publishedEvent(null);
        WorkshopEvent second = publishedEvent(null);
        workshops.link(first.getId(), second.getId(), LinkKind.PARALLEL_WITH);

        assertThatThrownBy(() -> workshops.link(first.getId(), second.getId(), LinkKind.PARALLEL_WITH))
                .isInstanceOf(RuleViolationException.class);
        // "parallel with" reads the same both ways
        assertThatThrownBy(() -> workshops.link(second.getId(), first.getId(), LinkKind.PARALLEL_WITH))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> workshops.link(first.getId(), first.getId(), LinkKind.BACK_TO_BACK_WITH))
                .isInstanceOf(RuleViolationException.class);
        // but a follow-up has a direction
        workshops.link(second.getId(), first.getId(), LinkKind.FOLLOW_UP_OF);
        assertThat(workshops.links(first.getId())).extracting(LinkedEvent::relation)
                .containsExactlyInAnyOrder("Held in parallel with", "Followed up by");
    }
}
