package org.socialdesk.connector.support;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Permits at a steady rate, with at most {@code capacity} saved up. A caller reserves a permit and waits the time
 * returned; permits can go into debt, so concurrent callers queue up in the order they reserved. Connectors use
 * it to stay under their network's request limits.
 */
public final class TokenBucket {

    private final double permitsPerNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double permits;
    private long updatedAt;

    /** @param nanoTime a monotonic clock in nanoseconds, {@link System#nanoTime()} outside tests */
    public TokenBucket(double permitsPerSecond, double capacity, LongSupplier nanoTime) {
        if (!(permitsPerSecond > 0) || capacity < 1) {
            throw new IllegalArgumentException("rate " + permitsPerSecond + "/s, capacity " + capacity);
        }
        this.permitsPerNano = permitsPerSecond / 1e9;
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        this.permits = capacity;
        this.updatedAt = nanoTime.getAsLong();
    }

    /** Takes a permit; returns how long to wait before using it, zero when one was saved up. */
    public synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        permits = Math.min(capacity, permits + (now - updatedAt) * permitsPerNano);
        updatedAt = now;
        permits -= 1;
        return permits >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-permits / permitsPerNano));
    }
}
