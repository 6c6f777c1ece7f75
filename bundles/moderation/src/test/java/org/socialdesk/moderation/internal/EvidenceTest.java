package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.socialdesk.persistence.entity.CommentEntity;

/** The export for a complaint or a court request. */
class EvidenceTest extends ModerationFixture.PerTest {

    @Test
    void holdsTheSnapshotItsCheckedHashAndEveryActionWithItsActor() throws IOException {
        long comment = fixture.comment("Да пошли вы нахуй со своей поликлиникой");
        fixture.queue.delete(ModerationFixture.MODERATOR_A, List.of(comment));
        CommentEntity stored = fixture.read(em -> CommentActions.comment(em, comment));

        Map<String, String> files = unzip(fixture.queue.evidence(ModerationFixture.AUDITOR, List.of(comment)));

        JsonNode json = new ObjectMapper().readTree(files.get("evidence.json"));
        assertEquals("auditor", json.path("exportedBy").asText());
        JsonNode item = json.path("comments").get(0);
        assertEquals(stored.getSnapshot(), item.path("snapshot").asText());
        assertEquals(stored.getSnapshotSha256(), item.path("snapshotSha256").asText());
        assertEquals(stored.getSnapshotSha256(), item.path("recomputedSha256").asText());
        assertTrue(item.path("hashMatches").asBoolean());
        assertEquals("Да пошли вы нахуй со своей поликлиникой", new ObjectMapper()
                .readTree(item.path("snapshot").asText()).path("text").asText());
        assertEquals("OBSCENE", item.path("category").asText());
        assertEquals("DELETED", item.path("status").asText());
        JsonNode action = item.path("actions").get(0);
        assertEquals("DELETE_COMMENT", action.path("action").asText());
        assertEquals("moderator-a", action.path("actor").asText());
        assertEquals("DONE", action.path("outcome").asText());
        assertEquals("MODERATION_DELETE_COMMENT", item.path("audit").get(0).path("action").asText());

        String text = files.get("evidence.txt");
        assertTrue(text.contains("Комментарий № " + comment), text);
        assertTrue(text.contains("Проверка хеша: совпадает"), text);
        assertTrue(text.contains("moderator-a — удаление комментария — выполнено"), text);
        assertTrue(text.contains("Категория: мат"), text);
        assertEquals(1, fixture.audited("MODERATION_EVIDENCE_EXPORTED").size());
    }

    @Test
    void showsASnapshotAlteredBehindSocialDesksBack() throws IOException {
        long comment = fixture.comment("Спасибо за работу");
        fixture.database.write(em -> em.createNativeQuery("UPDATE SD_COMMENT SET SNAPSHOT = 'подменено' "
                + "WHERE ID = " + comment).executeUpdate());

        Map<String, String> files = unzip(fixture.queue.evidence(ModerationFixture.MODERATOR_A, List.of(comment)));

        JsonNode item = new ObjectMapper().readTree(files.get("evidence.json")).path("comments").get(0);
        assertEquals(false, item.path("hashMatches").asBoolean());
        assertTrue(files.get("evidence.txt").contains("НЕ СОВПАДАЕТ"));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(2, files.size());
        return files;
    }
}
