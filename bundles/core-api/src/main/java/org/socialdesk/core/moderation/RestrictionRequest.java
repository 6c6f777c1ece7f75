package org.socialdesk.core.moderation;

import java.time.Duration;
import java.util.Objects;

/**
 * Restricting a comment's author on the account where the comment was written.
 *
 * @param term    how long, or {@code null} for as long as the network allows
 * @param reason  the reason in SocialDesk's words; each connector maps it to its network's own reason codes
 * @param comment explanation shown to the user where the network supports it, or {@code null}
 */
public record RestrictionRequest(Duration term, CommentCategory reason, String comment) {

    public RestrictionRequest {
        Objects.requireNonNull(reason, "reason");
    }
}
