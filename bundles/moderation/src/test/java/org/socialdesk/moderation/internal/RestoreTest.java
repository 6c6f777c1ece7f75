package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.persistence.entity.AuditEntryEntity;

/** Reversing deletions SocialDesk made: on the fake VK through the real connector, and on scripted networks. */
class RestoreTest extends ModerationFixture.PerTest {

    private static final String OBSCENE = "Да пошли вы нахуй со своей поликлиникой";

    @Test
    void reversesAnAutomaticDeletionOnVkOnceEvenWhenAskedTwice() throws Exception {
        fixture.close();
        fixture = new ModerationFixture(data, AutoDeleteRules.parse(new String[] {"1:OBSCENE:0.5"}));
        long comment = fixture.comment(OBSCENE);
        long onVk = Long.parseLong(fixture.stored(OBSCENE).getCommentId());
        QueuedComment deleted = fixture.queue.find(ModerationFixture.MODERATOR_A, comment);
        assertEquals(CommentStatus.DELETED, deleted.status());
        assertTrue(deleted.deletedAutomatically(), deleted.deletedBy());
        assertTrue(deleted.restorable());

        ActionOutcome first = fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);
        ActionOutcome second = fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);

        assertEquals(Result.DONE, first.result(), first.message());
        assertEquals(Result.DONE, second.result(), second.message());
        assertEquals(1, fixture.vk.calls("wall.restoreComment").size());
        assertTrue(fixture.community.holdsComment(onVk));
        QueuedComment restored = fixture.queue.find(ModerationFixture.AUDITOR, comment);
        assertEquals(CommentStatus.RESTORED, restored.status());
        assertNull(restored.deletedBy());
        assertFalse(restored.restorable());
        List<AuditEntryEntity> audited = fixture.audited("MODERATION_RESTORE_COMMENT");
        assertEquals(1, audited.size());
        assertEquals("moderator-a", audited.get(0).getActor());
        assertTrue(audited.get(0).getSummary().contains(fixture.stored(OBSCENE).getSnapshotSha256()),
                audited.get(0).getSummary());
        assertEquals(1L, fixture.queue.stats(ModerationFixture.MODERATOR_A, ModerationFixture.ORG_A,
                Instant.EPOCH, Instant.now().plusSeconds(60)).byStatus().get(CommentStatus.RESTORED));
    }

    @Test
    void aRestoredCommentCanBeDeletedAndRestoredAgainEachOnce() {
        long comment = fixture.comment(OBSCENE);
        long onVk = Long.parseLong(fixture.stored(OBSCENE).getCommentId());

        for (int round = 1; round <= 2; round++) {
            assertEquals(Result.DONE, fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                    .result());
            assertEquals("moderator-a", fixture.queue.find(ModerationFixture.MODERATOR_A, comment).deletedBy());
            assertFalse(fixture.community.holdsComment(onVk));
            assertEquals(Result.DONE, fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                    .result());
            assertEquals(Result.DONE, fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                    .result());
            assertTrue(fixture.community.holdsComment(onVk));
            assertEquals(round, fixture.vk.calls("wall.deleteComment").size());
            assertEquals(round, fixture.vk.calls("wall.restoreComment").size());
        }
        assertEquals(2, fixture.audited("MODERATION_DELETE_COMMENT").size());
        assertEquals(2, fixture.audited("MODERATION_RESTORE_COMMENT").size());
    }

    @Test
    void theQueueListsTheDeletionsInForceThatAnAutomaticRuleMade() throws Exception {
        fixture.close();
        fixture = new ModerationFixture(data, AutoDeleteRules.parse(new String[] {"1:OBSCENE:0.5"}));
        long automatic = fixture.comment(OBSCENE);
        long redeleted = fixture.comment("Иди нахуй, бюрократ");
        fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(redeleted));
        fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(redeleted));
        long restored = fixture.comment("Нахуй такие дороги");
        fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(restored));

        QueueQuery query = new QueueQuery(ModerationFixture.ORG_A, null, null, null, 0, 0, 50, true);
        assertEquals(List.of(automatic), fixture.queue.list(ModerationFixture.MODERATOR_A, query).stream()
                .map(QueuedComment::id).toList());
        assertEquals(1, fixture.queue.count(ModerationFixture.MODERATOR_A, query));
        assertEquals(3, fixture.queue.list(ModerationFixture.MODERATOR_A, new QueueQuery(ModerationFixture.ORG_A,
                null, null, null, 0, 0, 50)).size(), "without the filter every comment is listed");
    }

    @Test
    void aCommentThatIsNotDeletedIsNotRestored() {
        long comment = fixture.comment(OBSCENE);
        fixture.queue.keep(ModerationFixture.MODERATOR_A, List.of(comment));

        ActionOutcome outcome = fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);

        assertEquals(Result.FAILED, outcome.result());
        assertEquals("The comment is not deleted, so there is nothing to restore", outcome.message());
        assertEquals(0, fixture.vk.calls("wall.restoreComment").size());
        assertEquals(CommentStatus.KEPT, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
    }

    @Test
    void onlyThoseWhoActOnTheOrganisationRestore() {
        long comment = fixture.comment(OBSCENE);
        fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));

        for (var caller : List.of(ModerationFixture.MODERATOR_B, ModerationFixture.AUDITOR,
                ModerationFixture.EDITOR_A)) {
            assertThrows(AccessDeniedException.class, () -> fixture.queue.restore(caller, List.of(comment)),
                    caller.username());
        }
        assertEquals(0, fixture.vk.calls("wall.restoreComment").size());
        assertEquals(CommentStatus.DELETED, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
    }

    @Test
    void aNetworkThatCannotRestoreIsNeitherOfferedNorCalled() {
        ScriptedNetwork telegram = fixture.scriptedNetwork("telegram", Set.of(ModerationAction.DELETE_COMMENT));
        long comment = fixture.comment(telegram, "Спам со ссылкой http://spam.example");
        fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));
        QueuedComment deleted = fixture.queue.find(ModerationFixture.MODERATOR_A, comment);
        assertEquals(CommentStatus.DELETED, deleted.status());
        assertFalse(deleted.restorable());

        ActionOutcome outcome = fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);

        assertEquals(Result.FAILED, outcome.result());
        assertEquals("telegram offers no API to restore a deleted comment", outcome.message());
        assertEquals(List.of(), telegram.restored);
        assertEquals(CommentStatus.DELETED, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
        assertEquals(0, fixture.audited("MODERATION_RESTORE_COMMENT").size());
    }

    @Test
    void aScriptedNetworkThatAnnouncesRestoringIsCalledOncePerDeletion() {
        ScriptedNetwork network = fixture.scriptedNetwork("scripted", Set.of(ModerationAction.DELETE_COMMENT,
                ModerationAction.RESTORE_COMMENT));
        long comment = fixture.comment(network, "Спам со ссылкой http://spam.example");
        fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));
        assertTrue(fixture.queue.find(ModerationFixture.MODERATOR_A, comment).restorable());

        fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment));
        fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment));

        assertEquals(network.deleted, network.restored);
        assertEquals(1, network.restored.size());
        assertEquals(CommentStatus.RESTORED, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
    }

    @Test
    void aDeletionLeftToAPersonIsNotRestored() {
        ScriptedNetwork ok = fixture.scriptedNetwork("ok", Set.of());
        long comment = fixture.comment(ok, "Спам со ссылкой http://spam.example");

        assertEquals(Result.MANUAL_TASK, fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment))
                .get(0).result());

        assertEquals(Result.FAILED, fixture.queue.restore(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                .result());
        assertEquals(CommentStatus.MANUAL_TASK, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
    }
}
