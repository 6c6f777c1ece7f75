package org.socialdesk.connector.telegram.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.socialdesk.connector.telegram.cfg}; every value has a default, so the connector starts without one. */
@ObjectClassDefinition(id = "org.socialdesk.connector.telegram", name = "SocialDesk Telegram connector",
        description = "Bot API address and the pace the connector keeps to.")
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
}
