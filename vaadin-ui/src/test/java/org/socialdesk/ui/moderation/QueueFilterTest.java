package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueueQuery;

class QueueFilterTest {

    @Test
    void thePageOpensOnNewCommentsThatAreNotClean() {
        QueueQuery query = QueueFilter.OPEN.query(0, 50);

        assertEquals(Set.of(CommentCategory.OBSCENE, CommentCategory.INSULT, CommentCategory.SPAM,
                CommentCategory.POSSIBLY_ILLEGAL), query.categories());
        assertEquals(Set.of(CommentStatus.NEW), query.statuses());
        assertEquals(0.0, query.minConfidence());
        assertNull(query.organisationId());
        assertNull(query.accountId());
    }

    @Test
    void everyFilterReachesTheQueryWithConfidenceAsAFraction() {
        QueueQuery query = new QueueFilter(3L, 17L, Set.of(CommentCategory.SPAM),
                Set.of(CommentStatus.NEW, CommentStatus.MANUAL_TASK), 85, true).query(100, 50);

        assertEquals(new QueueQuery(3L, 17L, Set.of(CommentCategory.SPAM),
                Set.of(CommentStatus.NEW, CommentStatus.MANUAL_TASK), 0.85, 100, 50, true), query);
    }

    @Test
    void confidenceOutsideZeroToHundredIsClamped() {
        assertEquals(1.0, new QueueFilter(null, null, null, null, 150, false).query(0, 1).minConfidence());
        assertEquals(0.0, new QueueFilter(null, null, null, null, -5, false).query(0, 1).minConfidence());
    }

    @Test
    void emptyFiltersFilterNothing() {
        QueueQuery query = new QueueFilter(null, null, null, null, 0, false).query(0, 10);

        assertEquals(Set.of(), query.categories());
        assertEquals(Set.of(), query.statuses());
    }

    @Test
    void theWindowIsBoundedWhateverTheGridAsks() {
        assertEquals(QueueFilter.MAX_LIMIT, QueueFilter.OPEN.query(0, Integer.MAX_VALUE).limit());
        assertEquals(1, QueueFilter.OPEN.query(0, 0).limit());
        assertEquals(0, QueueFilter.OPEN.query(-3, 10).offset());
    }
}
