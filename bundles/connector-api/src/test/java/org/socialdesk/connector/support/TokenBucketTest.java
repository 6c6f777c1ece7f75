package org.socialdesk.connector.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private long now = 1_000_000_000L;

    @Test
    void aSavedPermitIsUsedAtOnceAndTheNextWaitsOneInterval() {
        TokenBucket bucket = new TokenBucket(3, 1, () -> now);

        assertEquals(Duration.ZERO, bucket.reserve());
        assertEquals(333_333_334L, bucket.reserve().toNanos());
    }

    @Test
    void waitingCallersQueueUpOneIntervalApart() {
        TokenBucket bucket = new TokenBucket(20, 1, () -> now);
        bucket.reserve();

        assertEquals(Duration.ofMillis(50), bucket.reserve());
        assertEquals(Duration.ofMillis(100), bucket.reserve());
        assertEquals(Duration.ofMillis(150), bucket.reserve());
    }

    @Test
    void permitsComeBackWithTime() {
        TokenBucket bucket = new TokenBucket(3, 1, () -> now);
        bucket.reserve();
        bucket.reserve();

        now += Duration.ofMillis(700).toNanos();

        assertEquals(Duration.ZERO, bucket.reserve());
    }

    @Test
    void noMoreThanTheCapacityIsSavedUpWhileIdle() {
        TokenBucket bucket = new TokenBucket(3, 2, () -> now);
        now += Duration.ofHours(1).toNanos();

        assertEquals(Duration.ZERO, bucket.reserve());
        assertEquals(Duration.ZERO, bucket.reserve());
        assertEquals(333_333_334L, bucket.reserve().toNanos());
    }

    @Test
    void aCallerThatWaitsAsToldMakesExactlyTheRate() {
        TokenBucket bucket = new TokenBucket(3, 1, () -> now);
        long start = now;

        for (int call = 0; call < 31; call++) {
            now += bucket.reserve().toNanos();
        }

        assertEquals(Duration.ofSeconds(10).toMillis(), Duration.ofNanos(now - start).toMillis(),
                "31 calls at 3 a second: the first at once, then 30 a third of a second apart");
    }

    @Test
    void refusesARateThatIsNoRate() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, () -> now));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(3, 0, () -> now));
    }
}
