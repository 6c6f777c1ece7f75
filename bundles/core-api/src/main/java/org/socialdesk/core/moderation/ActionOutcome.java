package org.socialdesk.core.moderation;

/**
 * What happened to one comment when a moderator acted on it.
 *
 * @param message readable by a person: the network's answer, or why a manual task was opened instead
 */
public record ActionOutcome(long commentId, Result result, String message) {

    public enum Result {
        /** The network confirmed the action. */
        DONE,
        /** The network's API cannot do it; a manual task with a direct link was opened. */
        MANUAL_TASK,
        /** The network refused or failed; nothing changed, the comment stays in the queue. */
        FAILED
    }
}
