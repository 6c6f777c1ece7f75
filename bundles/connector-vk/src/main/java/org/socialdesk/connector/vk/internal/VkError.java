package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/**
 * VK's {@code error} object, and what it means for the core.
 *
 * <p>Access errors are split by who can fix them: 15 (access denied) and 203 (access to the community denied) say
 * that the token's user lacks a right or is no longer an administrator, so they are an {@link AuthFailure} and the
 * account's token is flagged; 214 (adding the post denied) refuses this one post while the token is fine (wall
 * closed, too many delayed posts, the publish time taken), so it is {@link Rejected}.
 */
record VkError(int code, String message, String captchaSid, String captchaImage) {

    /** VK's per-second limit passes within a second. */
    static final Duration TOO_MANY_REQUESTS_BACKOFF = Duration.ofSeconds(1);
    /** Flood control blocks repeated similar actions for minutes; VK does not say how long. */
    static final Duration FLOOD_CONTROL_BACKOFF = Duration.ofMinutes(15);
    /** The method's daily quota is spent; retrying hourly costs one request an hour until it resets. */
    static final Duration DAILY_QUOTA_BACKOFF = Duration.ofHours(1);

    static VkError of(JsonNode error) {
        return new VkError(error.path("error_code").asInt(), error.path("error_msg").asText(""),
                error.path("captcha_sid").asText(null), error.path("captcha_img").asText(null));
    }

    ConnectorException toException(String method) {
        String said = "VK " + method + ": error " + code + " " + message;
        return switch (code) {
            case 5 -> new AuthFailure("the access token is invalid, expired or revoked; issue a new one. " + said);
            case 17 -> new AuthFailure("VK wants the token's user to confirm their identity on vk.com. " + said);
            case 27 -> new AuthFailure("a community token cannot do this; the user token is needed. " + said);
            case 7, 15, 200 -> new AuthFailure("the token lacks a right for this (scopes wall, photos, video, "
                    + "groups, offline) or its user may not do it in this community. " + said);
            case 203 -> new AuthFailure("the token's user has no access to the community: not an administrator "
                    + "any more, or the community is closed or blocked. " + said);
            case 6 -> new RateLimited("too many requests per second. " + said, TOO_MANY_REQUESTS_BACKOFF);
            case 9 -> new RateLimited("flood control: too many similar actions. " + said, FLOOD_CONTROL_BACKOFF);
            case 29 -> new RateLimited("the method's daily quota is spent. " + said, DAILY_QUOTA_BACKOFF);
            case 14 -> new CaptchaRequired("VK wants a person to solve a captcha. " + said, captchaSid,
                    captchaImage);
            case 214 -> new Rejected("VK refuses to add this post: the wall may be closed, the limit of posts or "
                    + "delayed posts reached, or the publish time taken. " + said);
            case 1, 10 -> new TransientFailure("VK's server failed. " + said);
            default -> new Rejected(said);
        };
    }
}
