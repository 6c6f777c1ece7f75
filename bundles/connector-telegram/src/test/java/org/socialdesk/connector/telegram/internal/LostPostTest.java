package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.core.model.Format;

/** A post whose answer was lost is found by the discussion group's forward of it, and only a post made since. */
class LostPostTest {

    @Test
    void anEarlierPostWithTheSameTextIsNotTakenForIt() throws ConnectorException {
        try (TelegramFixture fixture = PublishingRulesTest.newFixture()) {
            String text = "Приём граждан переносится " + UUID.randomUUID();
            fixture.telegram.addPostAt(text, Instant.now().minus(Duration.ofMinutes(10)));
            fixture.telegram.failNextWithHttpStatus(502);
            Publication publication = Publication.text("plan-item/1", text);
            assertThrows(TransientFailure.class, () -> publish(fixture, publication));

            assertEquals(Optional.empty(), find(fixture, publication));
        }
    }

    @Test
    void aForwardAlreadyReadWithTheCommentsIsStillFound() throws ConnectorException {
        try (TelegramFixture fixture = PublishingRulesTest.newFixture()) {
            Publication publication = Publication.text("plan-item/2", "Ответ потерян " + UUID.randomUUID());
            fixture.telegram.loseNextAnswerTo("sendMessage");
            assertThrows(TransientFailure.class, () -> publish(fixture, publication));
            String cursor = read(fixture, null);
            read(fixture, cursor);

            PublishedPost found = find(fixture, publication).orElseThrow();
            assertEquals(fixture.telegram.post(Long.parseLong(found.postId())).orElseThrow().getKey(),
                    publication.text());
            assertEquals(found, publish(fixture, publication));
            assertEquals(1, fixture.telegram.postsWithText(publication.text()));
        }
    }

    @Test
    void aPollIsFoundByItsQuestion() throws ConnectorException {
        try (TelegramFixture fixture = PublishingRulesTest.newFixture()) {
            String question = "Где открыть новый ФАП? " + UUID.randomUUID();
            Publication poll = new Publication("plan-item/3", Format.POLL, "",
                    List.of(), new Poll(question, List.of("Алтайское", "Бийск"), true, false), null);
            fixture.telegram.loseNextAnswerTo("sendPoll");
            assertThrows(TransientFailure.class, () -> publish(fixture, poll));

            assertTrue(find(fixture, poll).isPresent());
        }
    }

    @Test
    void withAWebhookThePostIsFoundInTheInbox() throws Exception {
        try (WebhookEndpoint endpoint = new WebhookEndpoint();
                TelegramFixture fixture = new TelegramFixture(Clock.systemUTC(), endpoint.publicBase())) {
            endpoint.serve(fixture.connector());
            read(fixture, null);
            Publication publication = Publication.text("plan-item/4", "Через webhook " + UUID.randomUUID());
            fixture.telegram.loseNextAnswerTo("sendMessage");
            assertThrows(TransientFailure.class, () -> publish(fixture, publication));
            fixture.telegram.deliverWebhookUpdates();

            assertTrue(find(fixture, publication).isPresent());
        }
    }

    private static PublishedPost publish(TelegramFixture fixture, Publication publication) throws ConnectorException {
        return fixture.connector().publish(fixture.account(), fixture.credentials(), publication);
    }

    private static Optional<PublishedPost> find(TelegramFixture fixture, Publication publication)
            throws ConnectorException {
        return fixture.connector().findPublished(fixture.account(), fixture.credentials(), publication);
    }

    private static String read(TelegramFixture fixture, String cursor) throws ConnectorException {
        return fixture.connector().readComments(fixture.account(), fixture.credentials(), cursor).nextCursor();
    }
}
