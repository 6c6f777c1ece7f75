package org.socialdesk.connector;

/** Moderation a connector can carry out through its network's API; see {@link Connector}. */
public enum ModerationAction {
    DELETE_COMMENT, RESTORE_COMMENT, RESTRICT_USER, LIFT_RESTRICTION, REPLY
}
