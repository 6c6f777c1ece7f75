package org.socialdesk.connector.testkit;

import java.time.Instant;

/**
 * A post as the fake network holds it.
 *
 * @param attachments  how many media and polls the post carries
 * @param delayedUntil when the network will show a delayed post, {@code null} for a post already shown
 */
public record PostOnNetwork(String text, int attachments, Instant delayedUntil) {
}
