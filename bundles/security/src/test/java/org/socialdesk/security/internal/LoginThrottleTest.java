package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-03-27T03:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void delayGrowsWithFailuresUpToTheMaximum() {
        Duration previous = Duration.ZERO;
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertEquals(Duration.ZERO, throttle.delay("editor", "10.0.0.1"));
            throttle.failed("editor", "10.0.0.1");
        }
        for (int i = 0; i < 6; i++) {
            Duration delay = throttle.delay("editor", "10.0.0.1");
            assertTrue(delay.compareTo(previous) > 0 || delay.equals(LoginThrottle.MAX_DELAY), "delay " + delay);
            previous = delay;
            throttle.failed("editor", "10.0.0.1");
        }
        assertEquals(LoginThrottle.MAX_DELAY, throttle.delay("editor", "10.0.0.1"));
    }

    @Test
    void locksTheUserAfterRepeatedFailuresFromAnyAddressAndUnlocksLater() {
        for (int i = 0; i < LoginThrottle.LOCK_AFTER; i++) {
            throttle.failed("editor", "10.0.0." + i);
        }
        assertTrue(throttle.lockedOut("editor", "192.168.1.1"));
        assertFalse(throttle.lockedOut("moderator", "192.168.1.1"));
        now = now.plus(LoginThrottle.LOCK_DURATION).plusSeconds(1);
        assertFalse(throttle.lockedOut("editor", "192.168.1.1"));
        assertEquals(Duration.ZERO, throttle.delay("editor", "192.168.1.1"));
    }

    @Test
    void locksTheAddressThatGuessesManyUserNames() {
        for (int i = 0; i < LoginThrottle.LOCK_AFTER; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.lockedOut("admin", "10.9.9.9"));
        assertFalse(throttle.lockedOut("admin", "10.0.0.2"));
    }

    @Test
    void successClearsTheUsersFailuresButNotTheAddresses() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        throttle.succeeded("editor");
        assertEquals(Duration.ZERO, throttle.delay("editor", "10.0.0.2"));
        assertTrue(throttle.delay("other", "10.0.0.1").compareTo(Duration.ZERO) > 0);
    }
}
