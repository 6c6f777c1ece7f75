package org.socialdesk.connector.telegram.internal;

import java.time.Instant;
import java.util.Optional;
import org.socialdesk.connector.PublishedPost;

/**
 * The posts this bundle made, and when it tried, by idempotency key, for as long as it runs. Telegram keeps no
 * idempotency key and a bot cannot read a channel's history, so this memory is how a repeated publish finds its first
 * post, and the attempt's time bounds the search for a post whose answer was lost ({@link LostPosts}).
 */
final class PostsByKey {

    /** Far more than the posts of the longest-running bundle that anyone will repeat. */
    private static final int KEYS_KEPT = 10_000;

    private final Recent<String, PublishedPost> posts = new Recent<>(KEYS_KEPT);
    private final Recent<String, Instant> attempts = new Recent<>(KEYS_KEPT);

    Optional<PublishedPost> find(String key) {
        return posts.get(key);
    }

    void remember(String key, PublishedPost post) {
        posts.put(key, post);
    }

    /** The first attempt counts: a post made then is what a later search must not miss. */
    void attempting(String key, Instant at) {
        if (attempts.get(key).isEmpty()) {
            attempts.put(key, at);
        }
    }

    Optional<Instant> attemptedAt(String key) {
        return attempts.get(key);
    }
}
