package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/**
 * A refusal from the Bot API, {@code {"ok":false,"error_code":…,"description":…,"parameters":…}}, typed by what the
 * core should do next. The error code equals the HTTP status Telegram answers with.
 */
record TelegramError(int code, String description, Duration retryAfter) {

    /**
     * Telegram names the wait with every 429; should an answer ever come without it, this is long enough for a
     * flood wait of "about a second per chat" to have passed.
     */
    static final Duration RETRY_AFTER_UNNAMED = Duration.ofSeconds(5);

    static TelegramError of(int httpStatus, JsonNode answer) {
        int code = answer != null && answer.path("error_code").isInt() ? answer.get("error_code").asInt() : httpStatus;
        String description = answer == null ? "" : answer.path("description").asText("");
        JsonNode retryAfter = answer == null ? null : answer.path("parameters").get("retry_after");
        return new TelegramError(code, description,
                retryAfter != null && retryAfter.canConvertToLong() && retryAfter.asLong() > 0
                        ? Duration.ofSeconds(retryAfter.asLong()) : null);
    }

    ConnectorException toException(String method) {
        String said = description.isBlank() ? "error " + code : description;
        return switch (code) {
            case 429 -> new RateLimited("Telegram asks to wait before " + method + ": " + said,
                    retryAfter == null ? RETRY_AFTER_UNNAMED : retryAfter);
            case 401 -> new AuthFailure("Telegram does not accept the bot token (" + said
                    + "): it is mistyped or was revoked in @BotFather");
            case 403 -> new AuthFailure("the bot may not do " + method + " here (" + said
                    + "): add it to the channel and its discussion group as an administrator with the needed rights");
            case 400, 409 -> new Rejected("Telegram refused " + method + ": " + said);
            default -> new TransientFailure("Telegram failed " + method + ": " + said);
        };
    }
}
