package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.moderation.RestrictionRequest;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.persistence.entity.AuditEntryEntity;
import org.socialdesk.persistence.entity.CommentEntity;

/** Deleting, banning and replying on the fake VK through the real connector: once, audited. */
class ActionsTest extends ModerationFixture.PerTest {

    private long comment;
    private String networkId;

    @BeforeEach
    void start() {
        comment = fixture.comment("Да пошли вы нахуй со своей поликлиникой");
        networkId = fixture.read(em -> em.find(CommentEntity.class, comment)).getCommentId();
    }

    @Test
    void deletesOnTheNetworkOnceEvenWhenAskedTwice() {
        List<ActionOutcome> first = fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));
        List<ActionOutcome> second = fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));

        assertEquals(Result.DONE, first.get(0).result());
        assertEquals(Result.DONE, second.get(0).result());
        assertEquals(1, fixture.vk.calls("wall.deleteComment").size());
        assertFalse(fixture.community.holdsComment(Long.parseLong(networkId)));
        assertEquals(CommentStatus.DELETED, fixture.queue.find(ModerationFixture.AUDITOR, comment).status());
        List<AuditEntryEntity> audited = fixture.audited("MODERATION_DELETE_COMMENT");
        assertEquals(1, audited.size());
        assertEquals("moderator-a", audited.get(0).getActor());
        assertEquals(ModerationFixture.ORG_A, audited.get(0).getOrganisationId());
        assertTrue(audited.get(0).getSummary().contains(fixture.stored("Да пошли вы нахуй со своей поликлиникой")
                .getSnapshotSha256()), audited.get(0).getSummary());
    }

    @Test
    void bansTheAuthorOnceWithVksReasonAndTerm() {
        RestrictionRequest request = new RestrictionRequest(Duration.ofDays(7), CommentCategory.OBSCENE,
                "Мат запрещён правилами сообщества");

        assertEquals(Result.DONE, fixture.queue.restrictAuthor(ModerationFixture.MODERATOR_A, List.of(comment),
                request).get(0).result());
        assertEquals(Result.DONE, fixture.queue.restrictAuthor(ModerationFixture.MODERATOR_A, List.of(comment),
                request).get(0).result());

        QueuedComment stored = fixture.queue.find(ModerationFixture.MODERATOR_A, comment);
        assertEquals(1, fixture.vk.calls("groups.ban").size());
        FakeCommunity.Ban ban = fixture.community.ban(Long.parseLong(stored.authorId())).orElseThrow();
        assertEquals(3, ban.reason(), "VK's code for obscene language");
        assertTrue(ban.endDate() != null && ban.endDate() > System.currentTimeMillis() / 1000 + 6 * 86_400);
        assertTrue(stored.authorRestricted());
        assertEquals(CommentStatus.NEW, stored.status(), "the comment itself still waits for a decision");
        assertEquals(1, fixture.audited("MODERATION_RESTRICT_USER").size());
    }

    @Test
    void aNetworkFailureChangesNothing() {
        fixture.vk.failNext(100);

        ActionOutcome outcome = fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);

        assertEquals(Result.FAILED, outcome.result());
        assertTrue(fixture.community.holdsComment(Long.parseLong(networkId)));
        assertEquals(CommentStatus.NEW, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
        assertEquals(List.of(), fixture.audited("MODERATION_DELETE_COMMENT"));

        assertEquals(Result.DONE, fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                .result(), "and a later try goes to the network again");
        assertFalse(fixture.community.holdsComment(Long.parseLong(networkId)));
    }

    @Test
    void keepingTakesTheCommentOutOfTheQueue() {
        fixture.queue.keep(ModerationFixture.MODERATOR_A, List.of(comment));

        assertEquals(CommentStatus.KEPT, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
        assertEquals(0, fixture.queue.count(ModerationFixture.MODERATOR_A,
                QueueQuery.open(ModerationFixture.ORG_A, 10)));
        assertEquals(1, fixture.audited("MODERATION_KEEP").size());
        assertEquals(0, fixture.vk.calls("wall.deleteComment").size());
    }

    @Test
    void repliesWithAnApprovedTemplateOnce() {
        fixture.planItems.put(40L, template(40, ModerationFixture.ORG_A, PlanItemState.APPROVED,
                "Просим соблюдать правила сообщества."));

        assertEquals(Result.DONE, fixture.queue.replyWithTemplate(ModerationFixture.EDITOR_A, comment, 40).result());
        assertEquals(Result.DONE, fixture.queue.replyWithTemplate(ModerationFixture.MODERATOR_A, comment, 40)
                .result());

        assertEquals(List.of("Просим соблюдать правила сообщества."),
                fixture.community.repliesFromCommunity(Long.parseLong(networkId)));
        assertEquals("Просим соблюдать правила сообщества.",
                fixture.queue.find(ModerationFixture.MODERATOR_A, comment).repliedWith());
    }

    @Test
    void refusesATemplateThatIsNotApprovedOrOfAnotherOrganisation() {
        fixture.planItems.put(41L, template(41, ModerationFixture.ORG_A, PlanItemState.IN_APPROVAL, "Черновик"));
        fixture.planItems.put(42L, template(42, ModerationFixture.ORG_B, PlanItemState.APPROVED, "Чужой"));

        assertThrows(IllegalArgumentException.class,
                () -> fixture.queue.replyWithTemplate(ModerationFixture.MODERATOR_A, comment, 41));
        assertThrows(IllegalArgumentException.class,
                () -> fixture.queue.replyWithTemplate(ModerationFixture.MODERATOR_A, comment, 42));
        assertEquals(0, fixture.vk.calls("wall.createComment").size());
        assertNull(fixture.queue.find(ModerationFixture.MODERATOR_A, comment).repliedWith());
    }

    @Test
    void deliversAnApprovedReplyOncePerPlanItem() {
        assertEquals(Result.DONE, fixture.queue.deliver(77, comment, "Поликлиника откроется в марте.", "press")
                .result());
        assertEquals(Result.DONE, fixture.queue.deliver(77, comment, "Поликлиника откроется в марте.", "press")
                .result());

        assertEquals(List.of("Поликлиника откроется в марте."),
                fixture.community.repliesFromCommunity(Long.parseLong(networkId)));
        assertEquals("press", fixture.audited("MODERATION_REPLY").get(0).getActor());
    }

    private static PlanItem template(long id, long organisationId, PlanItemState state, String text) {
        return new PlanItem(id, 1, organisationId, PlanItemKind.REPLY_TEMPLATE, null, null, Format.TEXT, text,
                List.of(), List.of(), null, null, "editor-a", state, null, 1);
    }
}
