package org.socialdesk.core.moderation;

import java.time.Instant;
import java.util.List;
import org.socialdesk.core.security.Caller;

/**
 * The moderation queue of д.10: comments and messages read from the organisations' accounts, classified, and acted
 * on through the networks. Administrators, the press office and moderators of an organisation act; auditors read.
 * Every action is audited, with the comment's snapshot hash, in the same transaction as its record.
 *
 * @throws org.socialdesk.core.security.AccessDeniedException from every method when the caller may not do it
 */
public interface ModerationQueue {

    /** Comments matching the query that the caller may see, newest first. */
    List<QueuedComment> list(Caller caller, QueueQuery query);

    /** How many comments match the query (without offset and limit). */
    long count(Caller caller, QueueQuery query);

    QueuedComment find(Caller caller, long commentId);

    /** Keeps the comments: they leave the queue. */
    List<ActionOutcome> keep(Caller caller, List<Long> commentIds);

    /** Deletes the comments on their networks; each is recorded once, even when asked twice. */
    List<ActionOutcome> delete(Caller caller, List<Long> commentIds);

    /**
     * Reverses deletions SocialDesk made (automatically or for a person): the network shows the comments again and
     * they become {@link CommentStatus#RESTORED}. Each deletion is reversed once, even when asked twice. A comment
     * whose network cannot restore comments (its connector does not announce it) is refused with a FAILED outcome,
     * and so is one that is not deleted.
     */
    List<ActionOutcome> restore(Caller caller, List<Long> commentIds);

    /** Restricts the authors of the comments on the accounts where they wrote them. */
    List<ActionOutcome> restrictAuthor(Caller caller, List<Long> commentIds, RestrictionRequest request);

    /**
     * Replies with an approved reply template's text (a content-plan item of kind REPLY_TEMPLATE in state APPROVED);
     * a reply in other words goes through the content plan's approval as a REPLY item instead.
     */
    ActionOutcome replyWithTemplate(Caller caller, long commentId, long templateItemId);

    /** Manual tasks of the caller's organisations, open ones first. */
    List<ManualTask> tasks(Caller caller, Long organisationId, boolean openOnly);

    /** Marks a manual task done, with what the person did. */
    ManualTask completeTask(Caller caller, long taskId, String note);

    /**
     * The evidence for the comments (snapshots, their hashes, and every action taken on them with its audit sequence),
     * as a ZIP of a JSON file and a readable text file, for a complaint or a court request.
     */
    byte[] evidence(Caller caller, List<Long> commentIds);

    /** Counts for one organisation (or all the caller may see, for {@code null}) over [from, to). */
    ModerationStats stats(Caller caller, Long organisationId, Instant from, Instant to);

    /**
     * Calls {@code listener} after new comments were stored or a comment's status changed, from a background thread;
     * the UI uses it to push updates. Closing the returned handle stops the calls.
     */
    AutoCloseable listen(Runnable listener);
}
