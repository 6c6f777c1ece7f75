package org.socialdesk.connector.telegram.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.socialdesk.connector.TransientFailure;

/**
 * Telegram's flood limits for bots, kept on our side so that Telegram never has to answer 429: about one message a
 * second in one chat, and about twenty a minute in a group. Telegram publishes no exact figures; these are the
 * commonly cited ones and both are configurable.
 *
 * <p>Each chat keeps the times of its recent messages, reserved ahead when a caller has to wait, so that callers
 * queue up in the order they asked and a group never sees more than its count in any minute.
 */
final class ChatPacing {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    /** Chats seen recently; far beyond the channels and groups of one press office. */
    private static final int CHATS_KEPT = 1024;

    private final long gapNanos;
    private final int perMinuteInGroup;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> sent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > CHATS_KEPT;
        }
    };

    /** @param nanoTime a monotonic clock in nanoseconds, {@link System#nanoTime()} outside tests */
    ChatPacing(double perSecondPerChat, int perMinuteInGroup, LongSupplier nanoTime) {
        if (!(perSecondPerChat > 0) || perMinuteInGroup < 1) {
            throw new IllegalArgumentException(perSecondPerChat + "/s per chat, " + perMinuteInGroup + "/min per group");
        }
        this.gapNanos = (long) Math.ceil(1e9 / perSecondPerChat);
        this.perMinuteInGroup = perMinuteInGroup;
        this.nanoTime = nanoTime;
    }

    /** Takes the chat's next slot for one message; returns how long to wait until it, zero when it is free now. */
    synchronized Duration reserve(String chatId, boolean group) {
        long now = nanoTime.getAsLong();
        Deque<Long> times = sent.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        long slot = now;
        if (!times.isEmpty()) {
            slot = Math.max(slot, times.peekLast() + gapNanos);
        }
        // the deque holds the chat's last perMinuteInGroup slots, so its first is the one a minute must separate
        if (group && times.size() == perMinuteInGroup) {
            slot = Math.max(slot, times.peekFirst() + MINUTE_NANOS);
        }
        times.addLast(slot);
        if (times.size() > perMinuteInGroup) {
            times.removeFirst();
        }
        return Duration.ofNanos(slot - now);
    }

    /** Blocks until the chat may take one more message. */
    void awaitTurn(String chatId, boolean group) throws TransientFailure {
        Duration wait = reserve(chatId, group);
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while keeping Telegram's pace for a chat", interrupted);
        }
    }
}
