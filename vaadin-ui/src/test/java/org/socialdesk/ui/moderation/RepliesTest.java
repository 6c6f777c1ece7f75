package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueuedComment;

class RepliesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T05:00:00Z");

    static QueuedComment comment(long id, String text) {
        return new QueuedComment(id, 3, 17, "vk", "wall-1_2", "c" + id, "12345", "Иван Петров", text, NOW,
                "https://vk.com/wall-1_2?reply=" + id, NOW, "ab".repeat(32), CommentCategory.INSULT, 0.9,
                List.of("оскорбление: «дурак»"), CommentStatus.NEW, false, null, null, false);
    }

    @Test
    void aReplyInOwnWordsAnswersTheCommentOnItsAccountAndStartsAsADraft() {
        PlanItem reply = ReplyDialog.reply(comment(42, "Когда починят дорогу?"), "  Ремонт начнётся в мае.  ",
                "moderator", NOW);

        assertEquals(PlanItemKind.REPLY, reply.kind());
        assertEquals(42L, reply.inReplyTo());
        assertEquals(3, reply.organisationId());
        assertEquals(List.of(PlanTarget.of(17, null)), reply.targets());
        assertEquals("Ремонт начнётся в мае.", reply.text());
        assertEquals("moderator", reply.responsibleEditor());
        assertEquals(PlanItemState.DRAFT, reply.state());
        assertEquals(NOW, reply.plannedAt());
    }

    @Test
    void anOutcomeNamesTheCommentByTheStartOfItsText() {
        assertEquals("Короткий текст", OutcomeDialog.excerpt("  Короткий\n текст ", 60));
        assertEquals("Очень длинный комментарий…",
                OutcomeDialog.excerpt("Очень длинный комментарий про дорогу", 27));
        assertEquals("абвгд…", OutcomeDialog.excerpt("абвгдежзийклмн", 5));
        assertEquals("", OutcomeDialog.excerpt(null, 5));
    }

    @Test
    void anAuthorWithoutANameIsNamedByTheirId() {
        QueuedComment named = comment(1, "x");
        QueuedComment anonymous = new QueuedComment(2, 3, 17, "vk", "p", "c", "12345", " ", "x", NOW, null, NOW,
                "h", CommentCategory.SPAM, 0.5, List.of(), CommentStatus.NEW, false, null, null, false);

        assertEquals("Иван Петров", OutcomeDialog.author(named));
        assertEquals("12345", OutcomeDialog.author(anonymous));
    }

    @Test
    void theRestrictionReasonSuggestedIsTheFirstNonCleanVerdict() {
        assertEquals(CommentCategory.INSULT, RestrictDialog.suggestedReason(List.of(comment(1, "x"))));
        assertEquals(CommentCategory.INSULT, RestrictDialog.suggestedReason(List.of()));
    }
}
