package org.socialdesk.connector.ok.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.socialdesk.connector.ok.cfg}; every value has a default, so the connector starts without one. */
@ObjectClassDefinition(id = "org.socialdesk.connector.ok", name = "SocialDesk Odnoklassniki connector",
        description = "OK API address and the limits the connector keeps to.")
public @interface OkConfig {

    @AttributeDefinition(name = "API base URL", description = "OK's method endpoint; tests point it elsewhere.")
    String baseUrl() default "https://api.ok.ru/fb.do";

    @AttributeDefinition(name = "Requests per second",
            description = "OK publishes no limit; kept low on purpose, since flood control blocks for minutes.")
    double requestsPerSecond() default 2;

    @AttributeDefinition(name = "Request timeout (seconds)", description = "Photo uploads get four times as long.")
    int requestTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Watched topics",
            description = "How many of the group's newest topics are read for comments and searched for a lost "
                    + "publication.")
    int watchedTopics() default 20;

    @AttributeDefinition(name = "Comments per page", description = "Most comments handed to the core in one read.")
    int commentsPerPage() default 100;
}
