package org.socialdesk.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * Restricting a user under the network's own rules.
 *
 * @param until   end of the restriction, or {@code null} for as long as the network allows
 * @param comment explanation shown to the user where the network supports it
 */
public record Restriction(String userId, RestrictionReason reason, Instant until, String comment) {

    public Restriction {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
    }
}
