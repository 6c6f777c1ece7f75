package org.socialdesk.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * A post the network confirmed it holds.
 *
 * @param postId      the network's id of the post
 * @param url         public address of the post
 * @param publishedAt when the network shows (or will show, for a delayed post) the post
 */
public record PublishedPost(String postId, String url, Instant publishedAt) {

    public PublishedPost {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(url, "url");
    }
}
