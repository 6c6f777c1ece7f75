package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.Rejected;

/** Telegram reads a term under 30 s or over 366 days as forever; the connector maps both ends on purpose. */
class RestrictionTermTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void noEndIsForever() throws Rejected {
        assertEquals(OptionalLong.empty(), RestrictionTerm.untilDate(null, NOW));
    }

    @Test
    void aWeekIsSentAsItsEnd() throws Rejected {
        Instant end = NOW.plus(Duration.ofDays(7));
        assertEquals(OptionalLong.of(end.getEpochSecond()), RestrictionTerm.untilDate(end, NOW));
    }

    @Test
    void aTermUnderThirtySecondsIsRaisedInsteadOfBecomingForever() throws Rejected {
        assertEquals(OptionalLong.of(NOW.plus(RestrictionTerm.SHORTEST).getEpochSecond()),
                RestrictionTerm.untilDate(NOW.plusSeconds(10), NOW));
    }

    @Test
    void exactly366DaysIsKeptAndLongerIsForever() throws Rejected {
        Instant limit = NOW.plus(Duration.ofDays(366));
        assertEquals(OptionalLong.of(limit.getEpochSecond()), RestrictionTerm.untilDate(limit, NOW));
        assertEquals(OptionalLong.empty(), RestrictionTerm.untilDate(limit.plusSeconds(1), NOW));
    }

    @Test
    void anEndInThePastIsRejected() {
        assertThrows(Rejected.class, () -> RestrictionTerm.untilDate(NOW.minusSeconds(1), NOW));
    }
}
