package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/**
 * OK's error answer {@code {"error_code": N, "error_msg": "..."}} and what it means for the core.
 *
 * <p>OK_API_NOTES.md found no official code table; the codes here are OK's published names as two independent
 * third-party clients list them (PHP and Python, see docs/connectors.md). Codes not named here are {@link Rejected}
 * with OK's own message, so nothing is silently retried.
 */
record OkError(int code, String message) {

    /** OK names no waiting time; flood control on group posting lasts minutes. */
    static final Duration FLOOD_BACKOFF = Duration.ofMinutes(5);
    /** A spent daily limit or a temporarily blocked action: retrying hourly costs one request an hour. */
    static final Duration LIMIT_BACKOFF = Duration.ofHours(1);

    /** Where a person passes OK's check that a human is acting; the API gives no captcha image. */
    static final String HUMAN_CHECK_URL = "https://ok.ru/";

    static OkError of(JsonNode answer) {
        return new OkError(answer.path("error_code").asInt(), answer.path("error_msg").asText(""));
    }

    ConnectorException toException(String method) {
        String said = "OK " + method + ": error " + code + " " + message;
        return switch (code) {
            case 102 -> new AuthFailure("the OK session has expired (PARAM_SESSION_EXPIRED): issue a new "
                    + "access_token for the group administrator. " + said);
            case 103 -> new AuthFailure("OK does not know this access_token (PARAM_SESSION_KEY): issue a new one. "
                    + said);
            case 101 -> new AuthFailure("OK does not know the application_key (PARAM_API_KEY). " + said);
            case 104 -> new AuthFailure("OK refused the request signature (PARAM_SIGNATURE): check "
                    + "application_secret_key or session_secret_key for this account. " + said);
            case 210 -> new AuthFailure("the OK application is disabled (PARAM_APPLICATION_DISABLED). " + said);
            case 453 -> new AuthFailure("the method needs a user session (SESSION_REQUIRED). " + said);
            case 10, 200 -> new AuthFailure("the token lacks a permission (GROUP_CONTENT, VALUABLE_ACCESS, "
                    + "PHOTO_CONTENT) or the application was not granted it. " + said);
            case 50, 24 -> new AuthFailure("the token's user is not an administrator of the group. " + said);
            case 8 -> new RateLimited("OK flood control (FLOOD_BLOCKED). " + said, FLOOD_BACKOFF);
            case 11, 7 -> new RateLimited("OK limits this action for now (LIMIT_REACHED / ACTION_BLOCKED). " + said,
                    LIMIT_BACKOFF);
            case 402, 403 -> new CaptchaRequired("OK wants a person to prove they are human: log in to ok.ru as "
                    + "the group administrator in a browser and pass the check. " + said, "ok-" + code,
                    HUMAN_CHECK_URL);
            case 1, 2, 30, 31, 5000, 9999 -> new TransientFailure("OK's server failed. " + said);
            default -> new Rejected(said);
        };
    }
}
