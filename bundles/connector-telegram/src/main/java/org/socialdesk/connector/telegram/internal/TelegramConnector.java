package org.socialdesk.connector.telegram.internal;

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
 */
@Component(service = Connector.class, configurationPid = "org.socialdesk.connector.telegram")
@Designate(ocd = TelegramConfig.class)
public final class TelegramConnector implements Connector {

    private final ConnectorDescription description;
    private final ChannelCard card;
    private final ChannelPublisher publisher;
    private final CommentReader comments;
    private final GroupModeration moderation;

    @Activate
    public TelegramConnector(TelegramConfig config) {
        this(TelegramSettings.of(config), Clock.systemUTC());
    }

    TelegramConnector(TelegramSettings settings, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        BotApi api = new BotApi(http, settings.baseUrl(), settings.requestTimeout());
        ChatPacing pacing = new ChatPacing(settings.messagesPerSecondPerChat(), settings.messagesPerMinutePerGroup(),
                System::nanoTime);
        DiscussionGroups groups = new DiscussionGroups(api);
        SeenDiscussions seen = new SeenDiscussions();
        // nativeScheduling false: bots cannot schedule a message, so the core's scheduler holds delayed posts
        this.description = new ConnectorDescription("telegram", "Telegram", ChannelPostRules.FORMATS,
                EnumSet.allOf(ModerationAction.class), false,
                ChannelPostRules.limits(settings.messagesPerSecondPerChat()));
        this.card = new ChannelCard(api, groups);
        this.publisher = new ChannelPublisher(api, pacing, new ChannelPostRules(clock));
        this.comments = new CommentReader(api, groups, seen, settings.updatesPerRead(), settings.longPollSeconds());
        this.moderation = new GroupModeration(api, groups, seen, pacing, clock);
    }

    @Override
    public ConnectorDescription description() {
        return description;
    }

    @Override
    public AccountCard readAccountCard(NetworkAccount account, Credentials credentials) throws ConnectorException {
        return card.read(Channel.of(account), BotToken.from(credentials));
    }

    /** The bot's administrator rights in the channel and its group, for the registry's security checklist. */
    public BotRights readBotRights(NetworkAccount account, Credentials credentials) throws ConnectorException {
        return card.rights(Channel.of(account), BotToken.from(credentials));
    }

    @Override
    public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
            throws ConnectorException {
        return publisher.publish(Channel.of(account), BotToken.from(credentials), publication);
    }

    /**
     * Always empty: a bot cannot read a channel's history and Telegram keeps no idempotency key, so a post whose
     * answer was lost cannot be found. The core's outbox must therefore not take "empty" from this connector as
     * "not published" after a {@link org.socialdesk.connector.TransientFailure}: it holds the publication for a
     * person to check the channel. Repeats within the bundle's life are caught by {@code publish} itself.
     */
    @Override
    public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
            Publication publication) {
        return Optional.empty();
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
