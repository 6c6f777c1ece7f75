package org.socialdesk.connector;

/**
 * A network's limits that the core checks before it asks the connector to publish.
 *
 * @param textLength         most characters in a post's text
 * @param captionLength      most characters in the text that accompanies media
 * @param attachments        most media attachments in one post
 * @param attachmentBytes    largest media file, in bytes
 * @param pollOptions        most answer options in a poll
 * @param requestsPerSecond  calls per second the connector allows itself per token
 */
public record Limits(int textLength, int captionLength, int attachments, long attachmentBytes, int pollOptions,
        double requestsPerSecond) {
}
