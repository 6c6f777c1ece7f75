package org.socialdesk.core.registry;

/**
 * A right SocialDesk needs on the network to work an account: publishing needs the first, moderation the others.
 * Connectors report which of them the account's credentials hold; the account check lists those missing.
 */
public enum AccountRight {
    /** Posting in the account (a Telegram bot: "post messages" in the channel). */
    PUBLISH,
    /** Deleting other people's comments. */
    DELETE_COMMENTS,
    /** Blocking or restricting commenters. */
    RESTRICT_USERS
}
