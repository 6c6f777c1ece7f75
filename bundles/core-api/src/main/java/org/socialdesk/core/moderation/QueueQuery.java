package org.socialdesk.core.moderation;

import java.util.Set;

/**
 * Which comments the queue shows, newest first; {@code null} and empty fields do not filter.
 *
 * @param minConfidence        only verdicts at least this sure (0 for all)
 * @param deletedAutomatically only comments whose deletion in force an automatic rule made, for a person to review
 */
public record QueueQuery(Long organisationId, Long accountId, Set<CommentCategory> categories,
        Set<CommentStatus> statuses, double minConfidence, int offset, int limit, boolean deletedAutomatically) {

    public QueueQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public QueueQuery(Long organisationId, Long accountId, Set<CommentCategory> categories,
            Set<CommentStatus> statuses, double minConfidence, int offset, int limit) {
        this(organisationId, accountId, categories, statuses, minConfidence, offset, limit, false);
    }

    /** What still needs a moderator: every non-clean comment not yet handled. */
    public static QueueQuery open(Long organisationId, int limit) {
        return new QueueQuery(organisationId, null, Set.of(CommentCategory.OBSCENE, CommentCategory.INSULT,
                CommentCategory.SPAM, CommentCategory.POSSIBLY_ILLEGAL), Set.of(CommentStatus.NEW), 0, 0, limit);
    }
}
