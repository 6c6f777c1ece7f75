package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Rejected;
import org.socialdesk.core.model.Format;

/** Telegram's limits are checked before any request: a post Telegram would refuse never reaches it. */
class PublishingRulesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private final TelegramFixture fixture = newFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void textUpTo4096CharactersIsPostedAndLongerIsRejectedBeforeCalling() throws ConnectorException {
        publish(Publication.text("k1", "я".repeat(4096)));
        int served = fixture.telegram.requestsServed();
        Rejected rejected = assertThrows(Rejected.class, () -> publish(Publication.text("k2", "я".repeat(4097))));
        assertTrue(rejected.getMessage().contains("4096"), rejected.getMessage());
        assertEquals(served, fixture.telegram.requestsServed(), "asked Telegram anyway");
    }

    @Test
    void captionUpTo1024CharactersIsPostedAndLongerIsRejected() throws ConnectorException {
        publish(photo("k1", "ф".repeat(1024), 1));
        assertThrows(Rejected.class, () -> publish(photo("k2", "ф".repeat(1025), 1)));
        assertEquals(1, fixture.telegram.calls("sendPhoto").size());
    }

    @Test
    void severalPhotosGoAsOneAlbumAndMoreThanTenAreRejected() throws ConnectorException {
        publish(photo("k1", "Альбом", 10));
        assertEquals(1, fixture.telegram.calls("sendMediaGroup").size());
        assertThrows(Rejected.class, () -> publish(photo("k2", "Слишком много", 11)));
    }

    @Test
    void aPollHasOneToTwelveOptions() throws ConnectorException {
        publish(poll("k12", 12));
        publish(poll("k1", 1));
        assertThrows(Rejected.class, () -> publish(poll("k13", 13)));
        assertThrows(Rejected.class, () -> publish(poll("k0", 0)));
        assertEquals(2, fixture.telegram.calls("sendPoll").size());
    }

    @Test
    void theTextOfAPollPublicationIsThePollsDescription() throws ConnectorException {
        publish(poll("k", 3));
        assertEquals("Опрос жителей", fixture.telegram.calls("sendPoll").get(0).params().get("description").asText());
    }

    @Test
    void aDelayedPostIsRejectedBecauseBotsCannotSchedule() {
        Publication later = new Publication("k", Format.TEXT, "Завтра", List.of(), null,
                Instant.now().plus(Duration.ofDays(1)));
        assertTrue(assertThrows(Rejected.class, () -> publish(later)).getMessage().contains("schedule"));
        assertEquals(0, fixture.telegram.requestsServed());
    }

    @Test
    void formatsTelegramHasNoMethodForAreRejected() {
        assertThrows(Rejected.class, () -> publish(new Publication("k", Format.LIVE_STREAM, "Эфир", List.of(), null,
                null)));
        assertEquals(0, fixture.telegram.requestsServed());
    }

    @Test
    void aPublishRepeatedWithTheSameKeyPostsOnce() throws ConnectorException {
        Publication once = Publication.text("same-key", "Один раз");
        assertEquals(publish(once), publish(once));
        assertEquals(1, fixture.telegram.calls("sendMessage").size());
    }

    private PublishedPost publish(Publication publication) throws ConnectorException {
        return fixture.connector().publish(fixture.account(), fixture.credentials(), publication);
    }

    private static Publication photo(String key, String caption, int count) {
        List<Media> media = IntStream.range(0, count).mapToObj(i -> new Media("p" + i + ".png", "image/png", PNG,
                null)).toList();
        return new Publication(key, count == 1 ? Format.PHOTO : Format.CARDS, caption, media, null, null);
    }

    private static Publication poll(String key, int options) {
        return new Publication(key, Format.POLL, "Опрос жителей", List.of(), new Poll("Где открыть ФАП?",
                IntStream.range(0, options).mapToObj(i -> "Вариант " + i).toList(), true, false), null);
    }

    static TelegramFixture newFixture() {
        try {
            return new TelegramFixture();
        } catch (IOException unstarted) {
            throw new UncheckedIOException(unstarted);
        }
    }
}
