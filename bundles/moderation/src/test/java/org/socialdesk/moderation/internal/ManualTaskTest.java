package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.core.moderation.RestrictionRequest;
import org.socialdesk.core.security.AccessDeniedException;

/** Where a network's API cannot act, a person does it by hand from a task with the comment's link. */
class ManualTaskTest extends ModerationFixture.PerTest {

    @Test
    void aNetworkWithoutTheActionGetsAManualTaskWithTheLink() {
        ScriptedNetwork ok = fixture.scriptedNetwork("ok", Set.of(ModerationAction.REPLY));
        long comment = fixture.comment(ok, "Реклама: заработок от 100000 в день, пиши в личку");

        ActionOutcome outcome = fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);
        ActionOutcome again = fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);

        assertEquals(Result.MANUAL_TASK, outcome.result());
        assertEquals(Result.MANUAL_TASK, again.result());
        assertEquals(List.of(), ok.deleted);
        List<ManualTask> tasks = fixture.queue.tasks(ModerationFixture.MODERATOR_A, ModerationFixture.ORG_A, true);
        assertEquals(1, tasks.size(), "one task however often it is asked");
        ManualTask task = tasks.get(0);
        assertEquals("DELETE_COMMENT", task.action());
        assertEquals("https://ok.example/post-1#comment-1", task.link());
        assertEquals(comment, task.commentId());
        assertTrue(task.open());
        assertEquals(CommentStatus.MANUAL_TASK, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
        assertEquals(1, fixture.audited("MODERATION_DELETE_COMMENT").size());
    }

    @Test
    void aNetworkRefusingAnOldMessageGetsAManualTaskAsWell() {
        ScriptedNetwork telegram = fixture.scriptedNetwork("telegram", Set.of(ModerationAction.DELETE_COMMENT));
        telegram.deleteFailure = new UnsupportedActionException(ModerationAction.DELETE_COMMENT,
                "Telegram lets a bot delete a comment only within 48 hours of its writing");
        long comment = fixture.comment(telegram, "Старое сообщение со ссылкой http://spam.example");

        ActionOutcome outcome = fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0);

        assertEquals(Result.MANUAL_TASK, outcome.result());
        assertTrue(outcome.message().contains("48 hours"), outcome.message());
        assertEquals("https://telegram.example/post-1#comment-1",
                fixture.queue.tasks(ModerationFixture.MODERATOR_A, null, true).get(0).link());
    }

    @Test
    void completingTheTaskRecordsTheDeletionAndClosesIt() {
        ScriptedNetwork ok = fixture.scriptedNetwork("ok", Set.of());
        long comment = fixture.comment(ok, "Спам спам спам");
        fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));
        fixture.queue.restrictAuthor(ModerationFixture.MODERATOR_A, List.of(comment),
                new RestrictionRequest(Duration.ofDays(1), CommentCategory.SPAM, null));
        List<ManualTask> open = fixture.queue.tasks(ModerationFixture.MODERATOR_A, ModerationFixture.ORG_A, true);
        assertEquals(2, open.size());
        long deletion = open.stream().filter(t -> t.action().equals("DELETE_COMMENT")).findFirst().orElseThrow()
                .id();

        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.completeTask(ModerationFixture.AUDITOR, deletion, "удалено"));
        ManualTask done = fixture.queue.completeTask(ModerationFixture.MODERATOR_A, deletion,
                "Удалено вручную в ОК");

        assertFalse(done.open());
        assertEquals("moderator-a", done.doneBy());
        assertEquals("Удалено вручную в ОК", done.note());
        assertEquals(CommentStatus.DELETED, fixture.queue.find(ModerationFixture.MODERATOR_A, comment).status());
        assertEquals(1, fixture.queue.tasks(ModerationFixture.MODERATOR_A, ModerationFixture.ORG_A, true).size());
        assertEquals(2, fixture.queue.tasks(ModerationFixture.MODERATOR_A, ModerationFixture.ORG_A, false).size());
        assertEquals(Result.DONE, fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                .result(), "deleted by hand: nothing more to do");
        assertEquals(List.of(), ok.deleted);
    }

    @Test
    void withoutCredentialsNothingHappens() {
        ScriptedNetwork telegram = fixture.scriptedNetwork("telegram", Set.of(ModerationAction.DELETE_COMMENT));
        long comment = fixture.comment(telegram, "Комментарий");
        fixture.vault.clear();

        assertEquals(Result.FAILED, fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment)).get(0)
                .result());
        assertEquals(List.of(), telegram.deleted);
        assertNull(fixture.read(em -> em.createQuery("SELECT t FROM ManualTaskEntity t").getResultStream()
                .findFirst().orElse(null)));
    }
}
