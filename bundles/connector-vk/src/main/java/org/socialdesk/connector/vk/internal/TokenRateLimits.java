package org.socialdesk.connector.vk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.TokenBucket;

/**
 * VK's request limits, kept on our side so that VK never has to refuse us: one {@link TokenBucket} per token.
 *
 * <p>A bucket saves up a single permit: VK counts requests per second, and a fuller bucket would let a burst and the
 * steady rate meet in the same second.
 */
final class TokenRateLimits {

    /** Tokens seen recently; more than this many accounts polled at once is far beyond one press office. */
    private static final int BUCKETS_KEPT = 1024;

    private final double userPerSecond;
    private final double communityPerSecond;
    private final Map<String, TokenBucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
            return size() > BUCKETS_KEPT;
        }
    };

    TokenRateLimits(double userPerSecond, double communityPerSecond) {
        this.userPerSecond = userPerSecond;
        this.communityPerSecond = communityPerSecond;
    }

    /** Blocks until the token may make its next request. */
    void awaitTurn(VkToken token) throws TransientFailure {
        Duration wait = bucketOf(token).reserve();
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting for VK's rate limit", interrupted);
        }
    }

    private synchronized TokenBucket bucketOf(VkToken token) {
        double rate = token.kind() == VkToken.Kind.USER ? userPerSecond : communityPerSecond;
        // keyed by a digest, so that no token outlives the call that brought it
        return buckets.computeIfAbsent(digest(token.value()), key -> new TokenBucket(rate, 1, System::nanoTime));
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
