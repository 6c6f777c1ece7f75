package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.testkit.ConnectorContract;
import org.socialdesk.connector.testkit.ConnectorFixture;

/**
 * The contract every connector keeps, against the fake Telegram. Two deviations, both because of what a bot can do:
 * the captcha fault is skipped (the Bot API has no captcha), and a publish whose answer was lost is not found
 * (a bot cannot read a channel's history), see {@link #aPublishWhoseAnswerWasLostIsFoundAndNotRepeated}.
 */
class TelegramConnectorContractTest extends ConnectorContract {

    private TelegramFixture fixture;

    @Override
    protected ConnectorFixture openFixture() throws IOException {
        fixture = new TelegramFixture();
        return fixture;
    }

    /**
     * Replaces the kit's test: Telegram shows a bot no trace of a post whose answer it lost, so findPublished answers
     * empty and the core's outbox must hold the publication for a person (documented on findPublished). What the
     * connector does promise is checked instead: it says "empty" and does not post on its own.
     */
    @Override
    @Test
    public void aPublishWhoseAnswerWasLostIsFoundAndNotRepeated() throws ConnectorException {
        Publication publication = Publication.text("plan-item/" + UUID.randomUUID(), "Ответ потерян " + UUID.randomUUID());
        fixture.telegram.loseNextAnswerTo("sendMessage");
        assertThrows(TransientFailure.class, () -> publish(publication));
        assertTrue(fixture.connector().findPublished(fixture.account(), fixture.credentials(), publication).isEmpty());
        assertEquals(1, fixture.telegram.postsWithText(publication.text()), "the connector posted on its own");
    }

    private void publish(Publication publication) throws ConnectorException {
        fixture.connector().publish(fixture.account(), fixture.credentials(), publication);
    }
}
