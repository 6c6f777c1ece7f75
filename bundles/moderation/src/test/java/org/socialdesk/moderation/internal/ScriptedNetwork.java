package org.socialdesk.moderation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Limits;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Restriction;

/**
 * A network with the moderation API it is told to have, as OK's (no deleting, no banning) or Telegram's
 * (deleting refused for a message older than 48 hours) are: comments are handed out one page per read.
 */
final class ScriptedNetwork implements Connector {

    private final ConnectorDescription description;
    private final List<NetworkComment> comments = new ArrayList<>();
    ConnectorException deleteFailure;
    final List<CommentRef> deleted = new ArrayList<>();
    final List<CommentRef> restored = new ArrayList<>();

    ScriptedNetwork(String id, Set<ModerationAction> actions) {
        this.description = new ConnectorDescription(id, id, Set.of(), actions, false,
                new Limits(4096, 1024, 10, 1 << 20, 10, 100));
    }

    synchronized CommentRef addComment(String text) {
        String id = String.valueOf(comments.size() + 1);
        CommentRef ref = new CommentRef("post-1", id);
        comments.add(new NetworkComment(ref, "user-" + id, "Пользователь " + id, text, Instant.now(), null,
                "https://" + description.id() + ".example/post-1#comment-" + id));
        return ref;
    }

    @Override
    public ConnectorDescription description() {
        return description;
    }

    @Override
    public synchronized CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        return new CommentPage(comments.subList(from, comments.size()), String.valueOf(comments.size()));
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        if (deleteFailure != null) {
            throw deleteFailure;
        }
        deleted.add(comment);
    }

    /** Only where the description announces it: otherwise the interface's refusal stands. */
    @Override
    public void restoreComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        if (!description.supports(ModerationAction.RESTORE_COMMENT)) {
            Connector.super.restoreComment(account, credentials, comment);
        }
        restored.add(comment);
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void liftRestriction(NetworkAccount account, Credentials credentials, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text) {
        throw new UnsupportedOperationException();
    }
}
