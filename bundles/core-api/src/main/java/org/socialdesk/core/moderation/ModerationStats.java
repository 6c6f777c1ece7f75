package org.socialdesk.core.moderation;

import java.util.Map;

/**
 * Counts of comments over a period, for the console and the dashboard.
 *
 * @param byCategory  comments read, by the classifier's category
 * @param byStatus    comments by where they stand now
 * @param openTasks   manual tasks not yet done
 */
public record ModerationStats(long ingested, Map<CommentCategory, Long> byCategory, Map<CommentStatus, Long> byStatus,
        long restrictedAuthors, long openTasks) {

    public ModerationStats {
        byCategory = Map.copyOf(byCategory);
        byStatus = Map.copyOf(byStatus);
    }
}
