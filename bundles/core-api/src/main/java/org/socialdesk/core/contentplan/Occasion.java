package org.socialdesk.core.contentplan;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The event a publication is about (инфоповод).
 *
 * @param happensAt local date and time of the event in the organisation's zone, or {@code null} if not an event
 * @param place     where it happens, or {@code null}
 */
public record Occasion(OccasionKind kind, String title, LocalDateTime happensAt, String place) {

    public Occasion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
