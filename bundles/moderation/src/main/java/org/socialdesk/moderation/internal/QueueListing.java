package org.socialdesk.moderation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.CommentEntity;

/**
 * The queue's query: the filters of a {@link QueueQuery} and the caller's organisations as one JPQL condition,
 * newest first, which the queue index (organisation, status, category, time) serves.
 */
final class QueueListing {

    /** The most comments one page may hold, so that a console or a bad request cannot load the whole table. */
    static final int MAX_LIMIT = 1000;

    private final String condition;
    private final Map<String, Object> parameters;

    QueueListing(Caller caller, QueueQuery query) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Optional<Set<Long>> readable = ModerationRights.readable(caller);
        if (readable.isPresent()) {
            terms.add(readable.get().isEmpty() ? "1 = 0" : "c.organisationId IN :readable");
            if (!readable.get().isEmpty()) {
                values.put("readable", List.copyOf(readable.get()));
            }
        }
        if (query.organisationId() != null) {
            terms.add("c.organisationId = :organisationId");
            values.put("organisationId", query.organisationId());
        }
        if (query.accountId() != null) {
            terms.add("c.accountId = :accountId");
            values.put("accountId", query.accountId());
        }
        if (!query.statuses().isEmpty()) {
            terms.add("c.status IN :statuses");
            values.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (!query.categories().isEmpty()) {
            terms.add("c.category IN :categories");
            values.put("categories", query.categories().stream().map(Enum::name).toList());
        }
        if (query.minConfidence() > 0) {
            terms.add("c.confidence >= :minConfidence");
            values.put("minConfidence", query.minConfidence());
        }
        if (query.deletedAutomatically()) {
            // the latest deletion is the one in force: a comment restored and deleted again by a person is his
            terms.add("c.status = :deletedStatus AND EXISTS (SELECT a FROM ModerationActionEntity a"
                    + " WHERE a.commentId = c.id AND a.action = :delete AND a.outcome = :done AND a.actor = :system"
                    + " AND NOT EXISTS (SELECT b FROM ModerationActionEntity b WHERE b.commentId = c.id"
                    + " AND b.action = :delete AND b.outcome = :done AND b.id > a.id))");
            values.put("deletedStatus", CommentStatus.DELETED.name());
            values.put("delete", CommentActions.DELETE);
            values.put("done", ActionOutcome.Result.DONE.name());
            values.put("system", Caller.SYSTEM.username());
        }
        this.condition = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        this.parameters = values;
    }

    List<CommentEntity> page(EntityManager em, QueueQuery query) {
        TypedQuery<CommentEntity> page = em.createQuery("SELECT c FROM CommentEntity c" + condition
                + " ORDER BY c.createdUtcMillis DESC, c.id DESC", CommentEntity.class);
        bind(page);
        int limit = query.limit() <= 0 ? MAX_LIMIT : Math.min(query.limit(), MAX_LIMIT);
        return page.setFirstResult(Math.max(0, query.offset())).setMaxResults(limit).getResultList();
    }

    long count(EntityManager em) {
        Query count = em.createQuery("SELECT COUNT(c) FROM CommentEntity c" + condition);
        bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private void bind(Query query) {
        parameters.forEach(query::setParameter);
    }
}
