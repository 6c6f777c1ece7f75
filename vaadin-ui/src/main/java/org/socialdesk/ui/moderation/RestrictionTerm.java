package org.socialdesk.ui.moderation;

import java.time.Duration;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.RestrictionRequest;

/** The terms a moderator picks from when restricting an author; each network rounds to what it supports. */
enum RestrictionTerm {
    DAY(Duration.ofDays(1), "moderation.term.day"),
    WEEK(Duration.ofDays(7), "moderation.term.week"),
    MONTH(Duration.ofDays(30), "moderation.term.month"),
    YEAR(Duration.ofDays(365), "moderation.term.year"),
    /** The service's {@code null} term: permanent where the network allows it, its longest term elsewhere. */
    NETWORK_MAXIMUM(null, "moderation.term.maximum");

    private final Duration duration;
    private final String key;

    RestrictionTerm(Duration duration, String key) {
        this.duration = duration;
        this.key = key;
    }

    /** {@code null} for as long as the network allows. */
    Duration duration() {
        return duration;
    }

    String key() {
        return key;
    }

    /** @param comment shown to the author where the network can; blank means none */
    RestrictionRequest request(CommentCategory reason, String comment) {
        return new RestrictionRequest(duration, reason,
                comment == null || comment.isBlank() ? null : comment.strip());
    }
}
