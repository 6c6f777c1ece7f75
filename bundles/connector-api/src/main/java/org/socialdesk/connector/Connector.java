package org.socialdesk.connector;

import java.util.Optional;

/**
 * A social network, as one bundle provides it to SocialDesk.
 *
 * <p>A connector bundle registers one service of this type. The core tracks connectors as they come and go and
 * never depends on any of them: an account whose network has no connector is merely "not connected".
 *
 * <p>Credentials come from the core's token vault with every call; a connector keeps none. Every method either
 * returns what the network confirmed or throws a {@link ConnectorException} subtype that says what went wrong;
 * an action the network's API does not offer throws {@link UnsupportedActionException}, and
 * {@link #description()} announces it beforehand.
 */
public interface Connector {

    /** Identity, capabilities and limits; constant for the life of the service. */
    ConnectorDescription description();

    /** Checks the credentials and reads the account's public card for the registry. */
    AccountCard readAccountCard(NetworkAccount account, Credentials credentials) throws ConnectorException;

    /**
     * Publishes once per {@link Publication#idempotencyKey()}: a second call with the same key returns the post
     * made by the first instead of posting again, as far as the network lets the connector tell. A format
     * {@link #description()} does not list is {@link Rejected}.
     *
     * @return the post as read back from the network, never an unverified id
     */
    PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException;

    /**
     * Looks for the post an earlier {@link #publish} of this publication made. The publishing engine asks after a
     * crash, or after a {@link TransientFailure}, when it cannot tell whether its call reached the network.
     *
     * @return the post as read back from the network, or empty when the network shows none as far as the connector
     *         can tell (by the idempotency key where the network keeps it, otherwise by the publication's content
     *         among the account's recent and delayed posts)
     */
    Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException;

    /**
     * Reads comments and messages that arrived after {@code cursor}; {@code null} starts from the beginning the
     * network still keeps. Reading the returned page's {@link CommentPage#nextCursor()} never repeats or skips
     * a comment. An empty page means nothing more for now: a connector may hold back a comment it cannot yet place
     * in order and deliver it on a later read.
     */
    CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
            throws ConnectorException;

    /** {@link ModerationAction#DELETE_COMMENT}. */
    void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException;

    /**
     * {@link ModerationAction#RESTORE_COMMENT}: brings back a comment this account deleted, to reverse an automatic
     * deletion a person disagrees with. Few networks can (VK can, for a while after the deletion), so a connector
     * that does not announce the action need not implement it.
     */
    default void restoreComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        throw new UnsupportedActionException(ModerationAction.RESTORE_COMMENT,
                description().displayName() + " cannot restore a deleted comment");
    }

    /** {@link ModerationAction#RESTRICT_USER}, under the network's own reason codes and terms. */
    void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
            throws ConnectorException;

    /**
     * {@link ModerationAction#LIFT_RESTRICTION}: ends a restriction before its term, e.g. after an appeal; lifting
     * none is not an error.
     */
    void liftRestriction(NetworkAccount account, Credentials credentials, String userId) throws ConnectorException;

    /**
     * {@link ModerationAction#REPLY}: replies to a comment on behalf of the account and returns the reply's id on the
     * network.
     */
    String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
            throws ConnectorException;
}
