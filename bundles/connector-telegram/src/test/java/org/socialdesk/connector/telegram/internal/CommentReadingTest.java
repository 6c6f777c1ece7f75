package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.Rejected;

/** The cursor is Telegram's next update_id; updates without a comment move it but never end a read early. */
class CommentReadingTest {

    private final TelegramFixture fixture = PublishingRulesTest.newFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theCursorIsTheNextUpdateIdAndConfirmsWhatWasRead() throws ConnectorException {
        long post = fixture.telegram.addPost("Пост");
        fixture.telegram.addComment(post, "Первый");
        CommentPage page = read(null);
        long lastUpdate = fixture.telegram.calls("getUpdates").size();
        assertEquals(1, page.comments().size());
        CommentPage again = read(page.nextCursor());
        assertTrue(again.comments().isEmpty());
        assertEquals(page.nextCursor(), again.nextCursor());
        assertEquals(Long.parseLong(page.nextCursor()), fixture.telegram.calls("getUpdates").get((int) lastUpdate)
                .params().get("offset").asLong());
    }

    @Test
    void chatterAndForwardsDoNotEndARead() throws ConnectorException {
        long post = fixture.telegram.addPost("Пост");
        for (int i = 0; i < TelegramFixture.UPDATES_PER_READ * 2; i++) {
            fixture.telegram.addChatter("Болтовня " + i);
        }
        fixture.telegram.addComment(post, "Комментарий после болтовни");
        List<NetworkComment> comments = read(null).comments();
        assertEquals(List.of("Комментарий после болтовни"), comments.stream().map(NetworkComment::text).toList());
    }

    @Test
    void aCommentLinksIntoTheChannelPostsThread() throws ConnectorException {
        long post = fixture.telegram.addPost("Пост");
        long comment = fixture.telegram.addComment(post, "Вопрос");
        NetworkComment read = read(null).comments().get(0);
        assertEquals("https://t.me/altai_press/" + post + "?comment=" + comment, read.url());
        assertTrue(read.authorName().startsWith("Житель"), read.authorName());
    }

    @Test
    void aCursorThatIsNoUpdateIdIsRejected() {
        assertThrows(Rejected.class, () -> read("page-2"));
    }

    private CommentPage read(String cursor) throws ConnectorException {
        return fixture.connector().readComments(fixture.account(), fixture.credentials(), cursor);
    }
}
