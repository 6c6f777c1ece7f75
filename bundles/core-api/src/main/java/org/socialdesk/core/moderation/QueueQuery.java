package org.socialdesk.core.moderation;

import java.util.Set;

/**
 * Which comments the queue shows, newest first; {@code null} and empty fields do not filter.
 *
 * @param minConfidence only verdicts at least this sure (0 for all)
 */
public record QueueQuery(Long organisationId, Long accountId, Set<CommentCategory> categories,
        Set<CommentStatus> statuses, double minConfidence, int offset, int limit) {

    public QueueQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** What still needs a moderator: every non-clean comment not yet handled. */
    public static QueueQuery open(Long organisationId, int limit) {
        return new QueueQuery(organisationId, null, Set.of(CommentCategory.OBSCENE, CommentCategory.INSULT,
                CommentCategory.SPAM, CommentCategory.POSSIBLY_ILLEGAL), Set.of(CommentStatus.NEW), 0, 0, limit);
    }
}
