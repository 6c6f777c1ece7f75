package org.socialdesk.connector.ok.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

class OkErrorTest {

    private static ConnectorException mapped(int code, String message) throws IOException {
        return OkError.of(new ObjectMapper().readTree("{\"error_code\":" + code + ",\"error_msg\":\"" + message
                + "\",\"error_data\":null}")).toException("mediatopic.post");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "102, PARAM_SESSION_EXPIRED, AuthFailure",
        "103, PARAM_SESSION_KEY, AuthFailure",
        "104, PARAM_SIGNATURE, AuthFailure",
        "10, PERMISSION_DENIED, AuthFailure",
        "200, PARAM_PERMISSION, AuthFailure",
        "50, NOT_ADMIN, AuthFailure",
        "8, FLOOD_BLOCKED, RateLimited",
        "11, LIMIT_REACHED, RateLimited",
        "403, AUTH_LOGIN_WEB_HUMAN_CHECK, CaptchaRequired",
        "100, PARAM, Rejected",
        "601, MEDIA_TOPIC_TEXT_LIMIT, Rejected",
        "454, CENSOR_MATCH, Rejected",
        "2, SERVICE, TransientFailure",
        "9999, SYSTEM, TransientFailure",
    })
    void everyCodeMeansWhatOkSays(int code, String name, String type) throws IOException {
        ConnectorException surfaced = mapped(code, name + " : something");

        assertEquals(type, surfaced.getClass().getSimpleName());
        assertTrue(surfaced.getMessage().contains(name + " : something"), "OK's own message is kept");
    }

    @Test
    void anExpiredSessionSaysSoAndWhatToDo() throws IOException {
        AuthFailure expired = assertInstanceOf(AuthFailure.class, mapped(102, "PARAM_SESSION_EXPIRED : Session expired"));

        assertTrue(expired.getMessage().contains("expired"));
        assertTrue(expired.getMessage().contains("new access_token"));
    }

    @Test
    void rateLimitsNameATimeToWait() throws IOException {
        RateLimited flood = assertInstanceOf(RateLimited.class, mapped(8, "FLOOD_BLOCKED"));

        assertEquals(OkError.FLOOD_BACKOFF, flood.retryAfter());
    }

    @Test
    void aHumanCheckLeadsAPersonToOk() throws IOException {
        CaptchaRequired check = assertInstanceOf(CaptchaRequired.class, mapped(403, "AUTH_LOGIN_WEB_HUMAN_CHECK"));

        assertEquals(OkError.HUMAN_CHECK_URL, check.imageUrl());
    }

    @Test
    void anUnknownCodeIsRejectedNotRetried() throws IOException {
        ConnectorException unknown = mapped(12345, "SOMETHING_NEW : no idea");

        assertInstanceOf(Rejected.class, unknown);
        assertTrue(!unknown.retryable() && !(unknown instanceof TransientFailure));
    }
}
