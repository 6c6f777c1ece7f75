package org.socialdesk.connector.vk.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
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

/**
 * VK community walls through VK API 5.199. Credentials: {@code access_token} (a community administrator's user
 * token, required) and {@code community_token} (optional); see {@link VkTokens}.
 */
@Component(service = Connector.class, configurationPid = "org.socialdesk.connector.vk")
@Designate(ocd = VkConfig.class)
public final class VkConnector implements Connector {

    /** VK's own limits: post text, attachments per post, photo file size, poll answers. */
    private static final int TEXT_LENGTH = 16_384;
    private static final int ATTACHMENTS = 10;
    private static final long PHOTO_BYTES = 50L << 20;
    private static final int POLL_OPTIONS = 10;

    private final ConnectorDescription description;
    private final CommunityCard card;
    private final WallPublisher publisher;
    private final CommentReader comments;
    private final CommunityModeration moderation;

    @Activate
    public VkConnector(VkConfig config) {
        this(VkSettings.of(config));
    }

    VkConnector(VkSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        VkApi api = new VkApi(http, settings.baseUrl(), settings.requestTimeout(), new TokenRateLimits(
                settings.userTokenRequestsPerSecond(), settings.communityTokenRequestsPerSecond()));
        this.description = new ConnectorDescription("vk", "ВКонтакте", WallPublisher.FORMATS,
                EnumSet.allOf(ModerationAction.class), true, new Limits(TEXT_LENGTH, TEXT_LENGTH, ATTACHMENTS,
                        PHOTO_BYTES, POLL_OPTIONS, settings.userTokenRequestsPerSecond()));
        this.card = new CommunityCard(api);
        this.publisher = new WallPublisher(api, new Attachments(api), Clock.systemUTC(), settings.watchedPosts());
        this.comments = new CommentReader(api, settings.watchedPosts(), settings.commentsPerPage());
        this.moderation = new CommunityModeration(api);
    }

    @Override
    public ConnectorDescription description() {
        return description;
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) throws ConnectorException {
        return card.read(Community.of(account), VkTokens.from(credentials));
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException {
        return publisher.publish(Community.of(account), VkTokens.from(credentials), publication);
    }

    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) throws ConnectorException {
        return publisher.find(Community.of(account), VkTokens.from(credentials), publication);
    }

    @Override
    public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
            throws ConnectorException {
        return comments.read(Community.of(account), VkTokens.from(credentials), cursor);
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        moderation.delete(Community.of(account), VkTokens.from(credentials), comment);
    }

    @Override
    public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
            throws ConnectorException {
        moderation.restrict(Community.of(account), VkTokens.from(credentials), restriction);
    }

    @Override
    public void liftRestriction(NetworkAccount account, Credentials credentials, String userId)
            throws ConnectorException {
        moderation.lift(Community.of(account), VkTokens.from(credentials), userId);
    }

    @Override
    public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
            throws ConnectorException {
        return moderation.reply(Community.of(account), VkTokens.from(credentials), comment, text);
    }
}
