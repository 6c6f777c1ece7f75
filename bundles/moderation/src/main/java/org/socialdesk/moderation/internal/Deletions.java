package org.socialdesk.moderation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.persistence.entity.CommentEntity;

/**
 * Stored comments as the queue shows them, with who deleted the deleted ones (the system's automatic deletions are
 * marked as such) and whether their network can restore them: one query for a whole page, not one a row.
 */
final class Deletions {

    private final ConnectorRegistry connectors;

    Deletions(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    List<QueuedComment> shown(EntityManager em, List<CommentEntity> comments) {
        List<Long> deleted = comments.stream().filter(Deletions::deleted).map(CommentEntity::getId).toList();
        Map<Long, String> deleters = new HashMap<>();
        if (!deleted.isEmpty()) {
            // in the order they were recorded, so that the latest deletion of a comment deleted twice wins
            em.createQuery("SELECT a.commentId, a.actor FROM ModerationActionEntity a WHERE a.commentId IN :ids "
                    + "AND a.action = :delete AND a.outcome = :done ORDER BY a.id", Object[].class)
                    .setParameter("ids", deleted).setParameter("delete", CommentActions.DELETE)
                    .setParameter("done", Result.DONE.name()).getResultStream()
                    .forEach(row -> deleters.put((Long) row[0], (String) row[1]));
        }
        return comments.stream().map(c -> Mapping.comment(c, deleters.get(c.getId()),
                deleted(c) && restorable(c.getNetwork()))).toList();
    }

    QueuedComment shown(EntityManager em, CommentEntity comment) {
        return shown(em, List.of(comment)).get(0);
    }

    private boolean restorable(String network) {
        return connectors.find(network).map(c -> c.description().supports(ModerationAction.RESTORE_COMMENT))
                .orElse(false);
    }

    private static boolean deleted(CommentEntity comment) {
        return CommentStatus.DELETED.name().equals(comment.getStatus());
    }
}
