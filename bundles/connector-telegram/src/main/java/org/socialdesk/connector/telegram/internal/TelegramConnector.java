package org.socialdesk.connector.telegram.internal;

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
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Restriction;

/**
 * Telegram channels through the Bot API. The account's network id is the channel ({@code @name} or its numeric id);
 * its comments live in the channel's linked discussion group. Credentials: {@code bot_token}, of a bot that is an
 * administrator of both the channel and the group, and that serves this one channel (its update queue is shared by
 * all its chats).
 *
 * <p>Comments arrive by getUpdates long polling, or, when {@link TelegramConfig#webhookBaseUrl()} is set, by a webhook
 * whose servlet this component registers with the HTTP whiteboard for as long as it is active.
 */
@Component(service = Connector.class, configurationPid = "org.socialdesk.connector.telegram")
@Designate(ocd = TelegramConfig.class)
public final class TelegramConnector implements Connector {

    /** The webhook's servlet context; its own, so that no other context's filters apply to Telegram's requests. */
    private static final String WEBHOOK_CONTEXT = "socialdesk-telegram-webhook";

    private final ConnectorDescription description;
    private final ChannelCard card;
    private final ChannelPublisher publisher;
    private final CommentReader comments;
    private final GroupModeration moderation;
    private final Webhooks webhooks;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public TelegramConnector(TelegramConfig config, BundleContext context) {
        this(TelegramSettings.of(config), Clock.systemUTC(), webhookDirectory(context));
        if (webhooks.enabled()) {
            registerWebhook(context);
        }
    }

    TelegramConnector(TelegramSettings settings, Clock clock, Path webhookDirectory) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        BotApi api = new BotApi(http, settings.baseUrl(), settings.requestTimeout());
        ChatPacing pacing = new ChatPacing(settings.messagesPerSecondPerChat(), settings.messagesPerMinutePerGroup(),
                System::nanoTime);
        DiscussionGroups groups = new DiscussionGroups(api);
        SeenDiscussions seen = new SeenDiscussions();
        // nativeScheduling false: bots cannot schedule a message, so the core's scheduler holds delayed posts
        this.description = new ConnectorDescription("telegram", "Telegram", ChannelPostRules.FORMATS,
                EnumSet.complementOf(EnumSet.of(ModerationAction.RESTORE_COMMENT)), false,
                ChannelPostRules.limits(settings.messagesPerSecondPerChat()));
        this.webhooks = new Webhooks(settings.webhookBaseUrl(), webhookDirectory);
        UpdateFeed feed = new UpdateFeed(api, webhooks);
        this.card = new ChannelCard(api, groups);
        this.publisher = new ChannelPublisher(api, pacing, new ChannelPostRules(clock),
                new LostPosts(feed, groups, seen, clock), clock);
        this.comments = new CommentReader(feed, groups, seen, settings.updatesPerRead(), settings.longPollSeconds());
        this.moderation = new GroupModeration(api, groups, seen, pacing, clock);
    }

    /** The inboxes live in the bundle's data area, which outlives bundle updates and restarts. */
    private static Path webhookDirectory(BundleContext context) {
        File directory = context.getDataFile("webhook");
        if (directory == null || !(directory.isDirectory() || directory.mkdirs())) {
            throw new IllegalStateException("the framework gives the Telegram connector no data directory for "
                    + "its webhook inboxes");
        }
        return directory.toPath();
    }

    private void registerWebhook(BundleContext context) {
        registrations.add(context.registerService(ServletContextHelper.class,
                new ServletContextHelper(context.getBundle()) {
                }, FrameworkUtil.asDictionary(Map.of(
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, WEBHOOK_CONTEXT,
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, Webhooks.CONTEXT_PATH))));
        registrations.add(context.registerService(Servlet.class, new WebhookServlet(new WebhookReceiver(webhooks)),
                FrameworkUtil.asDictionary(Map.of(
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT,
                        "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + WEBHOOK_CONTEXT + ")",
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "socialdesk-telegram-webhook",
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, Webhooks.SERVLET_PATH + "/*"))));
    }

    /**
     * Withdraws the servlet; the webhook stays set at Telegram, which keeps its updates until the servlet is back or
     * a poll with the webhook turned off deletes it ({@link UpdateFeed}).
     */
    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    /** Tests' entry to the webhook a servlet would serve. */
    WebhookReceiver webhookReceiver() {
        return new WebhookReceiver(webhooks);
    }

    @Override
    public ConnectorDescription description() {
        return description;
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) throws ConnectorException {
        return card.read(Channel.of(account), BotToken.from(credentials));
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException {
        return publisher.publish(Channel.of(account), BotToken.from(credentials), publication);
    }

    /**
     * Found by the post's content among the channel posts Telegram forwarded into the discussion group
     * ({@link LostPosts}); Telegram keeps no idempotency key and a bot cannot read a channel's history. Empty is
     * therefore no proof that nothing was posted (the forward may be late, a post without text cannot be matched,
     * a restart forgets what was seen): after a {@link org.socialdesk.connector.TransientFailure} the core's outbox
     * should ask again a little later and then hold the publication for a person rather than publish it again.
     */
    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) throws ConnectorException {
        return publisher.find(Channel.of(account), BotToken.from(credentials), publication);
    }

    @Override
    public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
            throws ConnectorException {
        return comments.read(Channel.of(account), BotToken.from(credentials), cursor);
    }

    @Override
    public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
            throws ConnectorException {
        moderation.delete(Channel.of(account), BotToken.from(credentials), comment);
    }

    @Override
    public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
            throws ConnectorException {
        moderation.restrict(Channel.of(account), BotToken.from(credentials), restriction);
    }

    @Override
    public void liftRestriction(NetworkAccount account, Credentials credentials, String userId)
            throws ConnectorException {
        moderation.lift(Channel.of(account), BotToken.from(credentials), userId);
    }

    @Override
    public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
            throws ConnectorException {
        return moderation.reply(Channel.of(account), BotToken.from(credentials), comment, text);
    }
}
