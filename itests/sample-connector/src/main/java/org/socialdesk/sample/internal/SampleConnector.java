package org.socialdesk.sample.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Limits;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.core.model.Format;

/** A network that lives in memory: enough for the system tests to deploy and remove a connector bundle. */
@Component(service = Connector.class)
public class SampleConnector implements Connector {

    private static final ConnectorDescription DESCRIPTION = new ConnectorDescription("sample", "Sample network",
            Set.of(Format.TEXT), Set.of(), false, new Limits(1000, 1000, 0, 0, 0, 100));

    private final Map<String, PublishedPost> posts = new ConcurrentHashMap<>();

    @Override
    public ConnectorDescription description() {
        return DESCRIPTION;
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) {
        return new AccountCard(account.networkId(), "", null, null, false);
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication) {
        return posts.computeIfAbsent(publication.idempotencyKey(), key -> new PublishedPost(
                String.valueOf(posts.size() + 1), "sample://" + account.networkId() + "/" + key, Instant.now()));
    }

    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) {
        return Optional.ofNullable(posts.get(publication.idempotencyKey()));
    }

    @Override
    public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor) {
        return new CommentPage(List.of(), cursor == null ? "0" : cursor);
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws UnsupportedActionException {
        throw new UnsupportedActionException(ModerationAction.DELETE_COMMENT, "the sample network keeps comments");
    }

    @Override
    public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
            throws UnsupportedActionException {
        throw new UnsupportedActionException(ModerationAction.RESTRICT_USER, "the sample network has no bans");
    }

    @Override
    public void liftRestriction(NetworkAccount account, Credentials credentials, String userId)
            throws UnsupportedActionException {
        throw new UnsupportedActionException(ModerationAction.LIFT_RESTRICTION, "the sample network has no bans");
    }

    @Override
    public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
            throws UnsupportedActionException {
        throw new UnsupportedActionException(ModerationAction.REPLY, "the sample network takes no replies");
    }
}
