package org.socialdesk.connector.vk.internal;

import jakarta.servlet.Servlet;
import java.io.File;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
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
 *
 * <p>Comments are read by polling; a community whose credentials also hold {@code callback_secret} and
 * {@code callback_confirmation_code} ({@link CallbackKeys}) may have VK push them besides, to
 * {@code <public address>/vk/callback}, whose servlet this component registers with the HTTP whiteboard for as long
 * as it is active ({@link Callbacks}).
 */
@Component(service = Connector.class, configurationPid = "org.socialdesk.connector.vk")
@Designate(ocd = VkConfig.class)
public final class VkConnector implements Connector {

    /** The Callback API's servlet context; its own, so that no other context's filters apply to VK's requests. */
    private static final String CALLBACK_CONTEXT = "socialdesk-vk-callback";

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
    private final Callbacks callbacks;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public VkConnector(VkConfig config, BundleContext context) {
        this(VkSettings.of(config), callbackDirectory(context));
        registerCallback(context);
    }

    /** Outside a framework, as the core's tests use it: comments are read by polling alone. */
    public VkConnector(VkConfig config) {
        this(VkSettings.of(config), null);
    }

    /** @param callbackDirectory where pushed comments are kept, {@code null} to serve no Callback API */
    VkConnector(VkSettings settings, Path callbackDirectory) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        VkApi api = new VkApi(http, settings.baseUrl(), settings.requestTimeout(), new TokenRateLimits(
                settings.userTokenRequestsPerSecond(), settings.communityTokenRequestsPerSecond()));
        this.description = new ConnectorDescription("vk", "ВКонтакте", WallPublisher.FORMATS,
                EnumSet.allOf(ModerationAction.class), true, new Limits(TEXT_LENGTH, TEXT_LENGTH, ATTACHMENTS,
                        PHOTO_BYTES, POLL_OPTIONS, settings.userTokenRequestsPerSecond()));
        this.card = new CommunityCard(api);
        this.publisher = new WallPublisher(api, new Attachments(api), Clock.systemUTC(), settings.watchedPosts());
        this.callbacks = new Callbacks(callbackDirectory);
        this.comments = new CommentReader(api, callbacks, settings.watchedPosts(), settings.commentsPerPage());
        this.moderation = new CommunityModeration(api);
    }

    /** The inboxes live in the bundle's data area, which outlives bundle updates and restarts. */
    private static Path callbackDirectory(BundleContext context) {
        File directory = context.getDataFile("callback");
        if (directory == null || !(directory.isDirectory() || directory.mkdirs())) {
            throw new IllegalStateException("the framework gives the VK connector no data directory for the "
                    + "comments VK pushes");
        }
        return directory.toPath();
    }

    private void registerCallback(BundleContext context) {
        registrations.add(context.registerService(ServletContextHelper.class,
                new ServletContextHelper(context.getBundle()) {
                }, FrameworkUtil.asDictionary(Map.of(
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, CALLBACK_CONTEXT,
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, Callbacks.CONTEXT_PATH))));
        registrations.add(context.registerService(Servlet.class, new CallbackServlet(callbacks),
                FrameworkUtil.asDictionary(Map.of(
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT,
                        "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + CALLBACK_CONTEXT + ")",
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "socialdesk-vk-callback",
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, Callbacks.SERVLET_PATH))));
    }

    /** Withdraws the servlet; VK sends its events again until it is back, and polling reads on meanwhile. */
    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    /** Tests' entry to the Callback API a servlet would serve. */
    Callbacks callbacks() {
        return callbacks;
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
        Community community = Community.of(account);
        VkTokens tokens = VkTokens.from(credentials);
        callbacks.learn(community, CallbackKeys.from(credentials));
        return comments.read(community, tokens, cursor);
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        moderation.delete(Community.of(account), VkTokens.from(credentials), comment);
    }

    @Override
    public void restoreComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        moderation.restore(Community.of(account), VkTokens.from(credentials), comment);
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
