package org.socialdesk.connector.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
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
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.core.model.Format;

/**
 * A correct connector for {@link InMemoryNetwork}, written to show that the contract can be met: the network
 * allows no restrictions, so the connector declares those actions unsupported.
 */
class InMemoryConnector implements Connector {

    private static final ConnectorDescription DESCRIPTION = new ConnectorDescription("memory", "In memory",
            Set.of(Format.TEXT, Format.PHOTO, Format.POLL),
            Set.of(ModerationAction.DELETE_COMMENT, ModerationAction.REPLY), true,
            new Limits(4096, 1024, 10, 1 << 20, 10, 100));

    private final InMemoryNetwork network;
    private final int commentsPerPage;

    InMemoryConnector(InMemoryNetwork network, int commentsPerPage) {
        this.network = network;
        this.commentsPerPage = commentsPerPage;
    }

    @Override
    public ConnectorDescription description() {
        return DESCRIPTION;
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) throws ConnectorException {
        return new AccountCard(call(network::name), "", null, null, false);
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException {
        if (!DESCRIPTION.formats().contains(publication.format())) {
            throw new Rejected("format " + publication.format() + " is not published here");
        }
        int attachments = publication.media().size() + (publication.poll() == null ? 0 : 1);
        return published(call(() -> network.post(publication.idempotencyKey(), publication.text(), attachments,
                publication.publishAt())));
    }

    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) throws ConnectorException {
        return call(() -> network.postWithKey(publication.idempotencyKey())).map(InMemoryConnector::published);
    }

    private static PublishedPost published(InMemoryNetwork.Post post) {
        return new PublishedPost(post.id(), "memory://posts/" + post.id(),
                post.delayedUntil() == null ? Instant.now() : post.delayedUntil());
    }

    @Override
    public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
            throws ConnectorException {
        long after = cursor == null ? 0 : Long.parseLong(cursor);
        List<InMemoryNetwork.Comment> page = call(() -> network.commentsAfter(after)).stream()
                .limit(commentsPerPage).toList();
        String next = page.isEmpty() ? String.valueOf(after) : String.valueOf(page.get(page.size() - 1).sequence());
        return new CommentPage(page.stream().map(comment -> new NetworkComment(comment.ref(), comment.authorId(),
                comment.authorId(), comment.text(), comment.createdAt(), comment.replyTo(), null)).toList(), next);
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        call(() -> {
            network.delete(comment);
            return null;
        });
    }

    @Override
    public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
            throws ConnectorException {
        throw new UnsupportedActionException(ModerationAction.RESTRICT_USER, "the network has no restrictions");
    }

    @Override
    public void liftRestriction(NetworkAccount account, Credentials credentials, String userId)
            throws ConnectorException {
        throw new UnsupportedActionException(ModerationAction.LIFT_RESTRICTION, "the network has no restrictions");
    }

    @Override
    public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
            throws ConnectorException {
        return call(() -> network.replyFromAccount(comment, text));
    }

    private static <T> T call(Supplier<T> request) throws ConnectorException {
        try {
            return request.get();
        } catch (InMemoryNetwork.LostAnswer lost) {
            throw new TransientFailure("no answer from the network");
        } catch (InMemoryNetwork.Refusal refusal) {
            throw switch (refusal.fault) {
                case AUTH_FAILED -> new AuthFailure("token revoked");
                case RATE_LIMITED -> new RateLimited("slow down", Duration.ofSeconds(1));
                case CAPTCHA -> new CaptchaRequired("captcha", "42", "memory://captcha/42");
                case REJECTED -> new Rejected("not allowed");
                case SERVER_ERROR -> new TransientFailure("server error");
            };
        }
    }
}
