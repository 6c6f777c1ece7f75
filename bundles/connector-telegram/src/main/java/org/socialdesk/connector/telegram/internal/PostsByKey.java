package org.socialdesk.connector.telegram.internal;

import java.util.Optional;
import org.socialdesk.connector.PublishedPost;

/**
 * The posts this bundle made, by idempotency key, for as long as it runs. Telegram keeps no idempotency key and a
 * bot cannot read a channel's history, so this memory is the only way a repeated publish finds its first post; after
 * a restart it is empty, and the core's outbox must have a person check the channel (see {@link ChannelPublisher}).
 */
final class PostsByKey {

    /** Far more than the posts of the longest-running bundle that anyone will repeat. */
    private static final int KEYS_KEPT = 10_000;

    private final Recent<String, PublishedPost> posts = new Recent<>(KEYS_KEPT);

    Optional<PublishedPost> find(String key) {
        return posts.get(key);
    }

    void remember(String key, PublishedPost post) {
        posts.put(key, post);
    }
}
