package org.socialdesk.connector.telegram.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.socialdesk.connector.telegram.cfg}; every value has a default, so the connector starts without one. */
@ObjectClassDefinition(id = "org.socialdesk.connector.telegram", name = "SocialDesk Telegram connector",
        description = "Bot API address, the pace the connector keeps to, and how comments arrive.")
public @interface TelegramConfig {

    @AttributeDefinition(name = "API base URL", description = "Where the Bot API lives; tests point it elsewhere.")
    String baseUrl() default "https://api.telegram.org";

    @AttributeDefinition(name = "Messages per second per chat",
            description = "Telegram asks bots for about 1 message a second in one chat.")
    double messagesPerSecondPerChat() default 1;

    @AttributeDefinition(name = "Messages per minute per group",
            description = "Telegram allows bots about 20 messages a minute in a group (replies to comments).")
    int messagesPerMinutePerGroup() default 20;

    @AttributeDefinition(name = "Request timeout (seconds)", description = "Uploads get four times as long.")
    int requestTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Long polling (seconds)",
            description = "How long one comment read waits on getUpdates for something new; 0 answers at once.")
    int longPollSeconds() default 10;

    @AttributeDefinition(name = "Updates per read", description = "Most updates taken in one read, 1 to 100.")
    int updatesPerRead() default 100;

    @AttributeDefinition(name = "Webhook: public address of SocialDesk", required = false,
            description = "Empty (the default): comments are read by long polling. An HTTPS address Telegram can "
                    + "reach, e.g. https://socialdesk.example.gov/: Telegram pushes updates to "
                    + "<address>telegram/webhook/<bot id>, each checked against a secret token.")
    String webhookBaseUrl() default "";
}
