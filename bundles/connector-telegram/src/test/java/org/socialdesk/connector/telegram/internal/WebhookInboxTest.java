package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates Telegram was told are kept survive a restart until a cursor confirms them. */
class WebhookInboxTest {

    @TempDir
    Path directory;

    @Test
    void keptUpdatesSurviveARestartInUpdateOrder() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        WebhookInbox inbox = WebhookInbox.open(file);
        inbox.add(update(12));
        inbox.add(update(11));
        inbox.add(update(12));
        assertEquals(List.of(11L, 12L), ids(WebhookInbox.open(file), 0));
    }

    @Test
    void aConfirmedUpdateIsForgottenAndItsRepeatDropped() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        WebhookInbox inbox = WebhookInbox.open(file);
        inbox.add(update(11));
        inbox.add(update(12));
        inbox.confirm(12);
        inbox.add(update(11));
        assertEquals(List.of(12L), ids(inbox, 0));
        assertEquals(List.of(12L), ids(WebhookInbox.open(file), 0));
    }

    @Test
    void aLineCutOffByACrashIsSkippedAndTheNextUpdateKept() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        WebhookInbox.open(file).add(update(11));
        Files.writeString(file, "{\"update_id\":12,\"mess", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        WebhookInbox reopened = WebhookInbox.open(file);
        assertEquals(List.of(11L), ids(reopened, 0));
        reopened.add(update(12));
        assertEquals(List.of(11L, 12L), ids(WebhookInbox.open(file), 0));
    }

    @Test
    void readsStartAtTheOffset() throws IOException {
        WebhookInbox inbox = WebhookInbox.open(directory.resolve("inbox.jsonl"));
        for (long id = 11; id <= 15; id++) {
            inbox.add(update(id));
        }
        assertEquals(List.of(13L, 14L, 15L), ids(inbox, 13));
    }

    private static List<Long> ids(WebhookInbox inbox, long offset) {
        List<Long> ids = new ArrayList<>();
        inbox.from(offset, 100, Duration.ZERO).forEach(update -> ids.add(update.get("update_id").asLong()));
        return ids;
    }

    private static JsonNode update(long id) {
        return BotApi.JSON.createObjectNode().put("update_id", id).set("message",
                BotApi.JSON.createObjectNode().put("message_id", id));
    }
}
