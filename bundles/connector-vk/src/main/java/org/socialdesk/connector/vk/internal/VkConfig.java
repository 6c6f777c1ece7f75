package org.socialdesk.connector.vk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.socialdesk.connector.vk.cfg}; every value has a default, so the connector starts without one. */
@ObjectClassDefinition(id = "org.socialdesk.connector.vk", name = "SocialDesk VK connector",
        description = "VK API address and the limits the connector keeps to.")
public @interface VkConfig {

    @AttributeDefinition(name = "API base URL", description = "Where VK's methods live; tests point it elsewhere.")
    String baseUrl() default "https://api.vk.com/method";

    @AttributeDefinition(name = "Requests per second, user token", description = "VK allows 3.")
    double userTokenRequestsPerSecond() default 3;

    @AttributeDefinition(name = "Requests per second, community token", description = "VK allows 20.")
    double communityTokenRequestsPerSecond() default 20;

    @AttributeDefinition(name = "Request timeout (seconds)", description = "Uploads get four times as long.")
    int requestTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Watched posts",
            description = "How many of the newest posts are read for comments and searched for a lost publication.")
    int watchedPosts() default 20;

    @AttributeDefinition(name = "Comments per page", description = "Most comments handed to the core in one read.")
    int commentsPerPage() default 100;
}
