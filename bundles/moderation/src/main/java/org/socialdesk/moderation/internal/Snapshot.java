package org.socialdesk.moderation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.socialdesk.connector.NetworkComment;

/**
 * A comment as the network showed it, in one canonical form: a JSON object with fixed keys in a fixed order and
 * no spaces, hashed as UTF-8 with SHA-256. Anyone can recompute the hash from the stored form, which is the
 * evidence that the text kept is the text read.
 */
record Snapshot(String canonical, String sha256) {

    static Snapshot of(String network, String accountNetworkId, NetworkComment comment) {
        String canonical = new Json().begin()
                .field("network", network)
                .field("account", accountNetworkId)
                .field("post", comment.ref().postId())
                .field("comment", comment.ref().commentId())
                .field("author", comment.authorId())
                .field("authorName", comment.authorName())
                .field("createdAt", comment.createdAt() == null ? null : comment.createdAt().toString())
                .field("url", comment.url())
                .field("text", comment.text())
                .end().toString();
        return new Snapshot(canonical, sha256(canonical));
    }

    static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
