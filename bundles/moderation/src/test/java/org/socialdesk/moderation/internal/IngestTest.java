package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.persistence.entity.CommentEntity;

/** Reading comments from the fake VK through the real connector into the queue. */
class IngestTest extends ModerationFixture.PerTest {

    @Test
    void storesEachCommentOnceAcrossRepeatedPolls() {
        for (int i = 1; i <= 7; i++) {
            fixture.community.addComment(fixture.postId, "Вопрос номер " + i);
        }
        fixture.poll();
        fixture.poll();
        fixture.community.addComment(fixture.postId, "Вопрос номер 8");
        fixture.poll();
        fixture.poll();

        List<String> texts = fixture.comments().stream().map(CommentEntity::getText).sorted().toList();
        assertEquals(List.of("Вопрос номер 1", "Вопрос номер 2", "Вопрос номер 3", "Вопрос номер 4",
                "Вопрос номер 5", "Вопрос номер 6", "Вопрос номер 7", "Вопрос номер 8"), texts);
    }

    @Test
    void aCrashBetweenReadingAndCommittingReadsThePageAgainAndLosesNothing() {
        for (int i = 1; i <= 5; i++) {
            fixture.community.addComment(fixture.postId, "Комментарий " + i);
        }
        ConnectedAccount account = fixture.ingest.accounts().get(0);
        fixture.database.crashNextWrite();

        assertThrows(IllegalStateException.class, () -> fixture.ingest.read(account));
        assertEquals(List.of(), fixture.comments(), "the crashed page was not stored");

        fixture.poll();
        fixture.poll();
        assertEquals(List.of("Комментарий 1", "Комментарий 2", "Комментарий 3", "Комментарий 4", "Комментарий 5"),
                fixture.comments().stream().map(CommentEntity::getText).sorted().toList());
    }

    @Test
    void theSnapshotHashIsTheSha256OfTheCanonicalSnapshotAndSurvivesActions() throws Exception {
        long id = fixture.comment("Когда \"откроют\" поликлинику?\nЖдём.");
        CommentEntity stored = fixture.read(em -> em.find(CommentEntity.class, id));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(stored.getSnapshot().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, stored.getSnapshotSha256());
        assertTrue(stored.getSnapshot().startsWith("{\"network\":\"vk\",\"account\":\""
                + fixture.community.groupId() + "\",\"post\":\"" + fixture.postId + "\",\"comment\":\""
                + stored.getCommentId() + "\",\"author\":\"" + stored.getAuthorId() + "\""), stored.getSnapshot());
        assertTrue(stored.getSnapshot().endsWith(",\"text\":\"Когда \\\"откроют\\\" поликлинику?\\nЖдём.\"}"),
                stored.getSnapshot());

        fixture.queue.keep(ModerationFixture.MODERATOR_A, List.of(id));
        assertEquals(expected, fixture.queue.find(ModerationFixture.AUDITOR, id).snapshotSha256());
    }

    @Test
    void storesTheVerdictWithItsReasons() {
        long id = fixture.comment("Да пошли вы нахуй со своей поликлиникой");

        QueuedComment comment = fixture.queue.find(ModerationFixture.MODERATOR_A, id);
        assertEquals(CommentCategory.OBSCENE, comment.category());
        assertFalse(comment.reasons().isEmpty());
        assertTrue(comment.confidence() > 0.5, String.valueOf(comment.confidence()));
        assertEquals(CommentStatus.NEW, comment.status());
        assertEquals(List.of(id), fixture.queue.list(ModerationFixture.MODERATOR_A,
                QueueQuery.open(ModerationFixture.ORG_A, 10)).stream().map(QueuedComment::id).toList());
    }

    @Test
    void theFalsePositiveTrapsStayClean() {
        List<String> traps = List.of("Врачи советуют не употреблять алкоголь", "Проезд подорожал на два рубля",
                "В музее выставлена старинная сабля", "Застрахуйте свой дом до начала паводка",
                "Не стоит колебаться, записывайтесь на прививку", "Над городом пролетел истребитель",
                "Закон называет это словом «оскорбление», а не критикой");
        traps.forEach(text -> fixture.community.addComment(fixture.postId, text));
        fixture.poll();

        for (String trap : traps) {
            CommentEntity stored = fixture.stored(trap);
            assertEquals(CommentCategory.CLEAN.name(), stored.getCategory(), trap + ": " + stored.getReasons());
        }
        assertEquals(0, fixture.queue.count(ModerationFixture.MODERATOR_A,
                QueueQuery.open(ModerationFixture.ORG_A, 10)));
    }

    @Test
    void neverReadsDemoOrArchivedAccountsNorAccountsWithoutCredentials() {
        fixture.vault.clear();
        long demo = fixture.account(ModerationFixture.ORG_B, "vk", "1", "https://vk.com/demo_minzdrav", true,
                AccountState.ACTIVE);
        long archived = fixture.account(ModerationFixture.ORG_B, "vk", "2", "https://vk.com/old", false,
                AccountState.ARCHIVED);
        fixture.vault.put(demo, Map.of("access_token", fixture.vk.userToken()));
        fixture.vault.put(archived, Map.of("access_token", fixture.vk.userToken()));
        fixture.community.addComment(fixture.postId, "Комментарий");

        fixture.poll();

        assertEquals(0, fixture.vk.requestsServed());
        assertEquals(List.of(fixture.vkAccount), fixture.ingest.accounts().stream().map(ConnectedAccount::id)
                .toList(), "only the real, active account is a candidate; it has no credentials now");
    }

    @Test
    void listenersHearOfNewCommentsAfterTheyAreStored() throws Exception {
        CountDownLatch heard = new CountDownLatch(1);
        try (AutoCloseable listening = fixture.queue.listen(heard::countDown)) {
            fixture.comment("Спасибо за новости");
            assertTrue(heard.await(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void automaticDeletionOnlyWhereConfiguredAuditedAsTheSystem() throws Exception {
        fixture.close();
        fixture = new ModerationFixture(data, AutoDeleteRules.parse(new String[] {"1:OBSCENE:0.5",
                "*:POSSIBLY_ILLEGAL:0.1"}));

        long obscene = fixture.comment("Да пошли вы нахуй со своей поликлиникой");

        CommentEntity stored = fixture.read(em -> em.find(CommentEntity.class, obscene));
        assertEquals(CommentStatus.DELETED.name(), stored.getStatus());
        assertFalse(fixture.community.holdsComment(Long.parseLong(stored.getCommentId())));
        assertEquals("system", fixture.audited("MODERATION_DELETE_COMMENT").get(0).getActor());
    }
}
