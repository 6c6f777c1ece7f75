package org.socialdesk.core.contentplan;

/** Where the publication of one plan item on one account stands. */
public enum TargetState {
    /** Not yet handed to the outbox (the item is not approved). */
    PENDING,
    /** In the outbox, waiting for its due time or a retry. */
    WAITING,
    /** A connector call is under way or its result is not yet known. */
    PUBLISHING,
    /** The network holds the post; its id was read back. */
    PUBLISHED,
    /** Stopped: a person must act (token expired, captcha, rejected by the network, no connector). */
    NEEDS_PERSON,
    /** Withdrawn before publication. */
    CANCELLED
}
