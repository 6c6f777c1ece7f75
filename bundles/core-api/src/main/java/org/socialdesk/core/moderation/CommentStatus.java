package org.socialdesk.core.moderation;

/** Where a comment stands in the moderation queue. */
public enum CommentStatus {
    /** Waiting for a moderator. */
    NEW,
    /** A moderator decided to keep it. */
    KEPT,
    /** Deleted on the network (verified by the connector's answer). */
    DELETED,
    /** The network cannot do the action through its API: a manual task is open for it. */
    MANUAL_TASK,
    /** SocialDesk deleted it, then a moderator reversed the deletion and the network showed it again. */
    RESTORED
}
