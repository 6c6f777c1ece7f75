package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** About one message a second per chat and twenty a minute per group, on a clock the test moves. */
class ChatPacingTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ChatPacing pacing = new ChatPacing(1, 20, now::get);

    @Test
    void oneMessageASecondInAChannel() {
        assertEquals(Duration.ZERO, pacing.reserve("@channel", false));
        assertEquals(Duration.ofSeconds(1), pacing.reserve("@channel", false));
        assertEquals(Duration.ofSeconds(2), pacing.reserve("@channel", false), "queued behind the one waiting");
        advance(Duration.ofSeconds(10));
        assertEquals(Duration.ZERO, pacing.reserve("@channel", false));
    }

    @Test
    void chatsArePacedApart() {
        pacing.reserve("@channel", false);
        assertEquals(Duration.ZERO, pacing.reserve("-100200", true));
    }

    @Test
    void aGroupTakesAtMostTwentyInAnyMinute() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, pacing.reserve("-100200", true), "message " + i);
            advance(Duration.ofSeconds(1));
        }
        // the first of the twenty went out 20 s ago: the 21st waits until a minute after it
        assertEquals(Duration.ofSeconds(40), pacing.reserve("-100200", true));
    }

    @Test
    void aChannelIsNotHeldToTheGroupsMinute() {
        for (int i = 0; i < 20; i++) {
            pacing.reserve("@channel", false);
            advance(Duration.ofSeconds(1));
        }
        assertEquals(Duration.ZERO, pacing.reserve("@channel", false));
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
