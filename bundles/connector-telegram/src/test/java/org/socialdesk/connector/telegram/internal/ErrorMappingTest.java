package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/** Every refusal of the Bot API becomes the exception that tells the core what to do, without the token in it. */
class ErrorMappingTest {

    private final TelegramFixture fixture = PublishingRulesTest.newFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void tooManyRequestsWaitsExactlyTheRetryAfterTelegramNames() {
        fixture.telegram.failNext(429, "Too Many Requests: retry after 42", 42);
        RateLimited limited = assertThrows(RateLimited.class, this::publish);
        assertEquals(Duration.ofSeconds(42), limited.retryAfter());
    }

    @Test
    void anUnknownTokenIsAnAuthFailureThatDoesNotShowIt() {
        String wrong = "123:wrong-token-value";
        AuthFailure failure = assertThrows(AuthFailure.class, () -> fixture.connector().publish(fixture.account(),
                Credentials.of(BotToken.CREDENTIAL, wrong), Publication.text("k", "Текст")));
        assertTrue(failure.getMessage().contains("token"), failure.getMessage());
        assertFalse(failure.getMessage().contains(wrong));
    }

    @Test
    void forbiddenSaysTheBotLacksRights() {
        fixture.telegram.failNext(403, "Forbidden: bot is not a member of the channel chat", null);
        AuthFailure failure = assertThrows(AuthFailure.class, this::publish);
        assertTrue(failure.getMessage().contains("bot is not a member of the channel chat"), failure.getMessage());
        assertTrue(failure.getMessage().contains("administrator"), failure.getMessage());
    }

    @Test
    void badRequestIsRejectedWithTelegramsDescription() {
        fixture.telegram.failNext(400, "Bad Request: chat not found", null);
        assertTrue(assertThrows(Rejected.class, this::publish).getMessage().contains("Bad Request: chat not found"));
    }

    @Test
    void serverErrorsAndLostConnectionsAreTransient() {
        fixture.telegram.failNextWithHttpStatus(502);
        assertThrows(TransientFailure.class, this::publish);
        fixture.telegram.loseNextAnswerTo("sendMessage");
        TransientFailure lost = assertThrows(TransientFailure.class, this::publish);
        assertFalse(lost.getMessage().contains(fixture.telegram.token()), lost.getMessage());
    }

    @Test
    void aMissingTokenIsAnAuthFailureBeforeAnyRequest() {
        assertThrows(AuthFailure.class, () -> fixture.connector().readAccountCard(fixture.account(),
                new Credentials(Map.of())));
        assertEquals(0, fixture.telegram.requestsServed());
    }

    private void publish() throws ConnectorException {
        fixture.connector().publish(fixture.account(), fixture.credentials(),
                Publication.text("plan-item/" + System.nanoTime(), "Текст"));
    }
}
