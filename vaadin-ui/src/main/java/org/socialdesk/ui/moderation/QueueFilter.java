package org.socialdesk.ui.moderation;

import java.io.Serializable;
import java.util.Set;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueueQuery;

/**
 * What the moderation queue is filtered by; {@code null} and empty sets filter nothing.
 *
 * @param minConfidencePercent only verdicts at least this sure, 0 to 100, as moderators think of it
 * @param deletedAutomatically only comments an automatic rule deleted, for a person to review
 */
record QueueFilter(Long organisationId, Long accountId, Set<CommentCategory> categories,
        Set<CommentStatus> statuses, int minConfidencePercent, boolean deletedAutomatically) implements Serializable {

    /** The grid asks for windows of about fifty rows; the bound keeps a bad request from loading the queue. */
    static final int MAX_LIMIT = 500;

    /** What a moderator opens the page for: every non-clean comment nobody has handled yet. */
    static final QueueFilter OPEN = of(QueueQuery.open(null, 1));

    QueueFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        minConfidencePercent = Math.max(0, Math.min(100, minConfidencePercent));
    }

    private static QueueFilter of(QueueQuery query) {
        return new QueueFilter(query.organisationId(), query.accountId(), query.categories(), query.statuses(),
                (int) Math.round(query.minConfidence() * 100), query.deletedAutomatically());
    }

    /** The service's query for one window of the grid, newest first. */
    QueueQuery query(int offset, int limit) {
        return new QueueQuery(organisationId, accountId, categories, statuses, minConfidencePercent / 100.0,
                Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIMIT)), deletedAutomatically);
    }
}
