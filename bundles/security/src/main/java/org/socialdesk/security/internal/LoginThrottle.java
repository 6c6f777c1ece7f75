package org.socialdesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then locks out guessing: every failure for a user name or a client address makes the next answer
 * for it slower, and {@value #LOCK_AFTER} failures lock it for {@link #LOCK_DURATION}. Kept in memory on purpose:
 * a restart clears it, which an administrator may want after a lockout.
 */
final class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final int LOCK_AFTER = 10;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofSeconds(8);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether the user name or the address is locked out now. */
    boolean lockedOut(String username, String address) {
        return locked(userKey(username)) || locked(addressKey(address));
    }

    /** How long to wait before answering the next attempt: grows with the failures so far. */
    Duration delay(String username, String address) {
        int count = Math.max(count(userKey(username)), count(addressKey(address)));
        if (count < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofMillis(250L << Math.min(count - FREE_ATTEMPTS, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(expired(old) ? 1 : old.count + 1, now));
        }
    }

    /** A success clears the user's failures; the address keeps its own so one good account cannot mask guessing. */
    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private boolean locked(String key) {
        Failures f = failures.get(key);
        return f != null && f.count >= LOCK_AFTER && !expired(f);
    }

    private int count(String key) {
        Failures f = failures.get(key);
        return f == null || expired(f) ? 0 : f.count;
    }

    private boolean expired(Failures f) {
        return f.last.plus(LOCK_DURATION).isBefore(clock.instant());
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase());
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
