package org.socialdesk.moderation.internal;

import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.persistence.entity.CommentEntity;
import org.socialdesk.persistence.entity.ManualTaskEntity;

/** Stored rows as the service contract shows them. */
final class Mapping {

    private Mapping() {
    }

    /**
     * @param deletedBy  who deleted it, while it is deleted
     * @param restorable whether its network can restore it now
     */
    static QueuedComment comment(CommentEntity c, String deletedBy, boolean restorable) {
        return new QueuedComment(c.getId(), c.getOrganisationId(), c.getAccountId(), c.getNetwork(), c.getPostId(),
                c.getCommentId(), c.getAuthorId(), c.getAuthorName(), c.getText(), c.getCreatedAt(), c.getUrl(),
                c.getIngestedAt(), c.getSnapshotSha256(), CommentCategory.valueOf(c.getCategory()),
                c.getConfidence(), c.getReasons(), CommentStatus.valueOf(c.getStatus()), c.isAuthorRestricted(),
                c.getRepliedWith(), deletedBy, restorable);
    }

    /** The note is why the task was opened while it is open, and what the person did once done. */
    static ManualTask task(ManualTaskEntity t) {
        return new ManualTask(t.getId(), t.getCommentId(), t.getOrganisationId(), t.getAction(), t.getLink(),
                t.getDoneAt() == null ? t.getReason() : t.getDoneNote(), t.getCreatedAt(), t.getCreatedBy(),
                t.getDoneAt(), t.getDoneBy());
    }
}
