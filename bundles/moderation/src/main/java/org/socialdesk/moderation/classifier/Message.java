package org.socialdesk.moderation.classifier;

import java.time.Duration;
import java.util.Objects;

/**
 * A text to classify with what is known about its author. Author facts feed the spam rules
 * (the same text from many authors; a new account posting links); without them only the text counts.
 *
 * @param authorId         the author's id on the network, or {@code null} if unknown
 * @param authorAccountAge how old the author's account is, or {@code null} if the network does not tell
 */
public record Message(String text, String authorId, Duration authorAccountAge) {

    public Message {
        Objects.requireNonNull(text, "text");
    }

    /** A text whose author is unknown. */
    public static Message of(String text) {
        return new Message(text, null, null);
    }
}
