package org.socialdesk.moderation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ModerationStats;

/** Counts of the comments read in a period, in the organisations a caller may read. */
final class Statistics {

    private final EntityManager em;
    /** Which organisations: for comments and for manual tasks alike. */
    private final List<String> organisationTerms = new ArrayList<>();
    private final List<String> periodTerms = new ArrayList<>();
    private final Map<String, Object> organisationParameters = new LinkedHashMap<>();
    private final Map<String, Object> periodParameters = new LinkedHashMap<>();

    /** @param readable the caller's organisations, empty for all */
    Statistics(EntityManager em, Optional<Set<Long>> readable, Long organisationId, Instant from, Instant to) {
        this.em = em;
        readable.ifPresent(ids -> {
            organisationTerms.add(ids.isEmpty() ? "1 = 0" : "x.organisationId IN :readable");
            if (!ids.isEmpty()) {
                organisationParameters.put("readable", List.copyOf(ids));
            }
        });
        if (organisationId != null) {
            organisationTerms.add("x.organisationId = :organisationId");
            organisationParameters.put("organisationId", organisationId);
        }
        if (from != null) {
            periodTerms.add("x.ingestedUtcMillis >= :from");
            periodParameters.put("from", from.toEpochMilli());
        }
        if (to != null) {
            periodTerms.add("x.ingestedUtcMillis < :to");
            periodParameters.put("to", to.toEpochMilli());
        }
    }

    ModerationStats stats() {
        Map<CommentCategory, Long> byCategory = new EnumMap<>(CommentCategory.class);
        for (Object[] row : rows("SELECT x.category, COUNT(x) FROM CommentEntity x" + where("")
                + " GROUP BY x.category")) {
            byCategory.put(CommentCategory.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<CommentStatus, Long> byStatus = new EnumMap<>(CommentStatus.class);
        for (Object[] row : rows("SELECT x.status, COUNT(x) FROM CommentEntity x" + where("")
                + " GROUP BY x.status")) {
            byStatus.put(CommentStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        long ingested = byCategory.values().stream().mapToLong(Long::longValue).sum();
        // an author restricted on one account counts once, however many of their comments led to it
        long restricted = rows("SELECT DISTINCT x.accountId, x.authorId FROM CommentEntity x"
                + where("x.authorRestricted = TRUE")).size();
        return new ModerationStats(ingested, byCategory, byStatus, restricted, openTasks());
    }

    /** Open now, whenever they were opened: the period only limits what was read. */
    private long openTasks() {
        List<String> taskTerms = new ArrayList<>(organisationTerms);
        taskTerms.add("x.doneUtcMillis IS NULL");
        Query query = em.createQuery("SELECT COUNT(x) FROM ManualTaskEntity x WHERE "
                + String.join(" AND ", taskTerms));
        organisationParameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private String where(String extra) {
        List<String> all = new ArrayList<>(organisationTerms);
        all.addAll(periodTerms);
        if (!extra.isEmpty()) {
            all.add(extra);
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String jpql) {
        Query query = em.createQuery(jpql);
        organisationParameters.forEach(query::setParameter);
        periodParameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
