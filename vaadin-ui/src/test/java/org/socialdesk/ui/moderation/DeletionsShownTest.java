package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/** How a deleted comment shows in the queue: who deleted it, and whether «Отменить удаление» is offered. */
class DeletionsShownTest {

    private static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

    @Test
    void anAutomaticDeletionIsMarkedAsSuch() {
        SocialDeskI18NProvider texts = new SocialDeskI18NProvider();

        assertEquals("удалён автоматически", texts.getTranslation(
                CommentGrid.statusKey(comment(CommentStatus.DELETED, "system", true)), SocialDeskI18NProvider.RUSSIAN));
        assertEquals("удалён", texts.getTranslation(
                CommentGrid.statusKey(comment(CommentStatus.DELETED, "moderator", true)),
                SocialDeskI18NProvider.RUSSIAN));
        assertEquals("восстановлен", texts.getTranslation(
                CommentGrid.statusKey(comment(CommentStatus.RESTORED, null, false)), SocialDeskI18NProvider.RUSSIAN));
    }

    @Test
    void restoringIsOfferedOnlyWhereTheNetworkCanAndToThoseWhoAct() {
        assertTrue(CommentGrid.offersRestore(comment(CommentStatus.DELETED, "system", true), true));
        assertFalse(CommentGrid.offersRestore(comment(CommentStatus.DELETED, "system", true), false),
                "an editor or auditor");
        assertFalse(CommentGrid.offersRestore(comment(CommentStatus.DELETED, "system", false), true),
                "a network that cannot restore");
        assertFalse(CommentGrid.offersRestore(comment(CommentStatus.RESTORED, null, false), true));
    }

    private static QueuedComment comment(CommentStatus status, String deletedBy, boolean restorable) {
        return new QueuedComment(7, 3, 17, "vk", "wall-1_2", "c7", "12345", "Иван Петров", "текст", NOW, null, NOW,
                "ab".repeat(32), CommentCategory.OBSCENE, 0.97, List.of(), status, false, null, deletedBy,
                restorable);
    }
}
