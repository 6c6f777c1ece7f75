package org.socialdesk.contentplan.internal.publishing;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.socialdesk.publishing.cfg}; every value has a default, so the engine starts without one. */
@ObjectClassDefinition(id = "org.socialdesk.publishing", name = "SocialDesk publishing engine",
        description = "How often the outbox is read, how long a node holds a row, and how failed posts are retried.")
public @interface PublishingConfig {

    @AttributeDefinition(name = "Poll interval (milliseconds)",
            description = "How often due posts are looked for; a post goes out at most this long after its time.")
    long pollMillis() default 1000;

    @AttributeDefinition(name = "Lease (seconds)", description = "How long a node holds a row while it calls the "
            + "network; another node takes the row over after it. Longer than the slowest connector call.")
    int leaseSeconds() default 120;

    @AttributeDefinition(name = "Node id", description = "Names this node on the rows it holds; empty: host name "
            + "and process id.")
    String nodeId() default "";

    @AttributeDefinition(name = "Native scheduling lead (minutes)", description = "How early a post is handed to a "
            + "network that holds delayed posts itself. 0 holds every post on the server until its time.")
    int nativeLeadMinutes() default 0;

    @AttributeDefinition(name = "First retry after (seconds)",
            description = "Wait after the first transient failure; it doubles with each further failure.")
    int backoffBaseSeconds() default 30;

    @AttributeDefinition(name = "Longest retry wait (seconds)")
    int backoffCapSeconds() default 3600;
}
