package org.socialdesk.registry.internal.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each published representation last changed. The registry's rows carry no timestamps, so the clock notes
 * the moment it first sees a new entity tag for a representation. After a restart every representation counts as
 * changed at its first request: a later date than the truth only costs a client one full download, whereas an
 * earlier one would keep a stale copy alive.
 */
final class ChangeClock {

    private record Seen(String entityTag, Instant since) {
    }

    private final Clock clock;
    /** One entry per format and organisation filter that was ever answered: a few thousand at most. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    ChangeClock(Clock clock) {
        this.clock = clock;
    }

    /** Since when {@code representation} has had {@code entityTag}, to the second that HTTP dates can carry. */
    Instant lastModified(String representation, String entityTag) {
        return seen.compute(representation, (key, previous) -> previous != null
                && previous.entityTag().equals(entityTag) ? previous
                        : new Seen(entityTag, clock.instant().truncatedTo(ChronoUnit.SECONDS))).since();
    }
}
