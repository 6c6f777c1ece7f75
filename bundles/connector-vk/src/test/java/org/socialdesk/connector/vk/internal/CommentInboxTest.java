package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkComment;

/** Pushed comments survive a restart until a cursor confirms them, and a repeat of a confirmed one is dropped. */
class CommentInboxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void keptCommentsSurviveARestartAsTheyArrived() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        CommentInbox inbox = CommentInbox.open(file, CLOCK);
        inbox.add(comment(12, "Второй по номеру, пришёл первым"));
        inbox.add(comment(11, "Первый по номеру"));
        inbox.add(comment(12, "Повтор"));

        List<CommentInbox.Held> held = CommentInbox.open(file, CLOCK).held();

        assertTrue(held.get(0).seq() < held.get(1).seq(), "arrival numbers rise");
        assertEquals(List.of(comment(12, "Второй по номеру, пришёл первым"), comment(11, "Первый по номеру")),
                held.stream().map(CommentInbox.Held::comment).toList());
    }

    @Test
    void aConfirmedCommentIsForgottenButItsRepeatStillDropped() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        CommentInbox inbox = CommentInbox.open(file, CLOCK);
        inbox.add(comment(11, "Прочитан"));
        inbox.add(comment(12, "Ещё не прочитан"));
        inbox.add(comment(13, "Пришёл после чтения"));

        inbox.confirm(new CommentCursor(12, inbox.held().get(1).seq()));
        long lastBeforeRestart = inbox.held().get(0).seq();
        CommentInbox reopened = CommentInbox.open(file, CLOCK);
        reopened.add(comment(11, "Повтор прочитанного"));
        reopened.add(comment(14, "Новый"));

        assertEquals(List.of(13L, 14L), ids(reopened));
        assertTrue(reopened.held().get(1).seq() > lastBeforeRestart, "arrival numbers go on rising after a restart");
    }

    @Test
    void arrivalNumbersRiseAboveACursorsAfterTheFileWasLost() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        CommentInbox inbox = CommentInbox.open(file, CLOCK);
        inbox.add(comment(11, "До переустановки"));
        long named = inbox.held().get(0).seq();
        Files.delete(file);

        CommentInbox fresh = CommentInbox.open(file, Clock.offset(CLOCK, Duration.ofMinutes(5)));
        fresh.add(comment(12, "После переустановки"));
        fresh.confirm(new CommentCursor(12, named));

        assertEquals(List.of(12L), ids(fresh), "not taken for confirmed by the old cursor");
    }

    @Test
    void aCommentBeyondTheCursorStaysThoughItArrivedBeforeIt() throws IOException {
        CommentInbox inbox = CommentInbox.open(directory.resolve("inbox.jsonl"), CLOCK);
        inbox.add(comment(20, "Ещё не устоялся"));

        inbox.confirm(new CommentCursor(19, inbox.held().get(0).seq()));

        assertEquals(List.of(20L), ids(inbox));
    }

    @Test
    void aLineCutOffByACrashIsSkippedAndTheNextCommentKept() throws IOException {
        Path file = directory.resolve("inbox.jsonl");
        CommentInbox.open(file, CLOCK).add(comment(11, "Целый"));
        Files.writeString(file, "{\"seq\":2,\"comment_id\":12,\"te", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        CommentInbox reopened = CommentInbox.open(file, CLOCK);
        reopened.add(comment(12, "Прислан заново"));

        assertEquals(List.of(11L, 12L), ids(CommentInbox.open(file, CLOCK)));
    }

    private static List<Long> ids(CommentInbox inbox) {
        return inbox.held().stream().map(CommentInbox.Held::id).toList();
    }

    private static NetworkComment comment(long id, String text) {
        return new NetworkComment(new CommentRef("7", String.valueOf(id)), "500123", null, text,
                Instant.ofEpochSecond(1_770_000_000 + id), id == 11 ? null : "11",
                "https://vk.com/wall-218305117_7?reply=" + id);
    }
}
