package org.socialdesk.moderation.classifier;

/**
 * Sorts Russian comments and messages into the moderation categories. Implementations are thread-safe and
 * keep no state between calls other than what they are explicitly given (see {@link RecentTexts}).
 */
public interface Classifier {

    Verdict classify(Message message);

    default Verdict classify(String text) {
        return classify(Message.of(text));
    }
}
