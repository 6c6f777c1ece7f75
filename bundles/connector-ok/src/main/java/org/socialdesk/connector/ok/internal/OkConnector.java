package org.socialdesk.connector.ok.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
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
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.connector.support.TokenBucket;

/**
 * Odnoklassniki groups through OK's REST API ({@code fb.do}), every call signed as OK_API_NOTES.md describes.
 * Credentials: {@code application_key}, {@code access_token} (a group administrator's, with GROUP_CONTENT and
 * VALUABLE_ACCESS), and {@code application_secret_key} or {@code session_secret_key}; see {@link OkSession}.
 *
 * <p>OK's public API, as far as could be established, offers no method to delete a group-topic comment, block or
 * unblock a member, or reply to a comment; the description lists no moderation action, those methods refuse
 * without asking OK, and the core makes a manual task with the topic's link instead.
 */
@Component(service = Connector.class, configurationPid = "org.socialdesk.connector.ok")
@Designate(ocd = OkConfig.class)
public final class OkConnector implements Connector {

    /**
     * OK publishes no limits for group topics here; these are conservative: text as long as the core needs, a
     * handful of photos per topic, photo size as VK's, and OK's poll answer count as seen in the web composer.
     */
    private static final int TEXT_LENGTH = 10_000;
    private static final int ATTACHMENTS = 10;
    private static final long PHOTO_BYTES = 20L << 20;
    private static final int POLL_OPTIONS = 10;

    private final ConnectorDescription description;
    private final GroupCard card;
    private final TopicPublisher publisher;
    private final CommentReader comments;

    @Activate
    public OkConnector(OkConfig config) {
        this(OkSettings.of(config));
    }

    OkConnector(OkSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        OkApi api = new OkApi(http, URI.create(settings.baseUrl()), settings.requestTimeout(),
                new TokenBucket(settings.requestsPerSecond(), 1, System::nanoTime));
        this.description = new ConnectorDescription("ok", "Одноклассники", TopicPublisher.FORMATS, Set.of(), false,
                new Limits(TEXT_LENGTH, TEXT_LENGTH, ATTACHMENTS, PHOTO_BYTES, POLL_OPTIONS,
                        settings.requestsPerSecond()));
        this.card = new GroupCard(api);
        this.publisher = new TopicPublisher(api, new PhotoUpload(api), Clock.systemUTC(), settings.watchedTopics());
        this.comments = new CommentReader(api, settings.watchedTopics(), settings.commentsPerPage());
    }

    @Override
    public ConnectorDescription description() {
        return description;
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) throws ConnectorException {
        return card.read(OkGroup.of(account), OkSession.from(credentials));
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException {
        return publisher.publish(OkGroup.of(account), OkSession.from(credentials), publication);
    }

    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) throws ConnectorException {
        return publisher.find(OkGroup.of(account), OkSession.from(credentials), publication);
    }

    @Override
    public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
            throws ConnectorException {
        return comments.read(OkGroup.of(account), OkSession.from(credentials), cursor);
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        throw unsupported(ModerationAction.DELETE_COMMENT, "delete a comment under a group topic");
    }

    @Override
    public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
            throws ConnectorException {
        throw unsupported(ModerationAction.RESTRICT_USER, "block a member of a group");
    }

    @Override
    public void liftRestriction(NetworkAccount account, Credentials credentials, String userId)
            throws ConnectorException {
        throw unsupported(ModerationAction.LIFT_RESTRICTION, "unblock a member of a group");
    }

    @Override
    public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
            throws ConnectorException {
        throw unsupported(ModerationAction.REPLY, "reply to a comment on behalf of a group");
    }

    private static UnsupportedActionException unsupported(ModerationAction action, String what) {
        return new UnsupportedActionException(action, "OK's public API offers no method to " + what
                + "; a moderator does it on ok.ru, from the link in the manual task");
    }
}
