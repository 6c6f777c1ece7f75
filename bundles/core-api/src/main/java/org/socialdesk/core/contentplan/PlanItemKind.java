package org.socialdesk.core.contentplan;

/** What a plan item is; all kinds share the approval flow of д.7. */
public enum PlanItemKind {
    /** A publication on one or more accounts. */
    POST,
    /** A reply to one citizen's comment or message, found by moderation. */
    REPLY,
    /** A reply template that moderators may send as it is once approved. */
    REPLY_TEMPLATE
}
