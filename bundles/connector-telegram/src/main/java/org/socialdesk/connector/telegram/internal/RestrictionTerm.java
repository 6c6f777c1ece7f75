package org.socialdesk.connector.telegram.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.socialdesk.connector.Rejected;

/**
 * The end of a restriction as Telegram's {@code until_date}. Telegram takes a term shorter than 30 seconds or longer
 * than 366 days as "forever"; mapped explicitly so that no term silently turns into the opposite of what the moderator
 * chose:
 * <ul>
 * <li>no end, or longer than 366 days: forever (no {@code until_date}; Telegram can hold nothing longer);</li>
 * <li>shorter than {@link #SHORTEST}: raised to it, since a short ban read as forever would be the worst mistake;
 * the margin over 30 seconds covers transit and a clock a little behind Telegram's;</li>
 * <li>an end already past: {@link Rejected}.</li>
 * </ul>
 */
final class RestrictionTerm {

    static final Duration SHORTEST = Duration.ofSeconds(60);
    static final Duration LONGEST = Duration.ofDays(366);

    private RestrictionTerm() {
    }

    /** Unix seconds for {@code until_date}, or empty for a restriction without end. */
    static OptionalLong untilDate(Instant until, Instant now) throws Rejected {
        if (until == null) {
            return OptionalLong.empty();
        }
        Duration term = Duration.between(now, until);
        if (term.isNegative() || term.isZero()) {
            throw new Rejected("the restriction would end at " + until + ", which has passed");
        }
        if (term.compareTo(LONGEST) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(now.plus(term.compareTo(SHORTEST) < 0 ? SHORTEST : term).getEpochSecond());
    }
}
