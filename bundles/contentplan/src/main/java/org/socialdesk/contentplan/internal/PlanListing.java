package org.socialdesk.contentplan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * Lists plan items with a fixed number of queries, whatever their count: the items, then all their rows, then all
 * their attachments' descriptions, so that a calendar week loads quickly.
 */
final class PlanListing {

    /** Keeps IN lists well inside what databases take in one statement. */
    private static final int CHUNK = 500;

    private PlanListing() {
    }

    static List<PlanItem> list(EntityManager em, Caller caller, PlanQuery query) {
        if (query.organisationId() != null) {
            // asking for one organisation's plan is refused like reading one of its items
            PlanRights.requireRead(caller, query.organisationId());
        }
        Optional<Set<Long>> readable = PlanRights.readable(caller);
        if (readable.isPresent() && readable.get().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT i FROM PlanItemEntity i WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        where(jpql, parameters, "i.organisationId = :organisation", "organisation", query.organisationId());
        where(jpql, parameters, "i.organisationId IN :readable", "readable", readable.orElse(null));
        where(jpql, parameters, "i.kind IN :kinds", "kinds", query.kinds().isEmpty() ? null : query.kinds());
        where(jpql, parameters, "i.state IN :states", "states", query.states().isEmpty() ? null : query.states());
        where(jpql, parameters, "i.plannedUtcMillis >= :from", "from",
                query.from() == null ? null : query.from().toEpochMilli());
        where(jpql, parameters, "i.plannedUtcMillis < :to", "to", query.to() == null ? null : query.to().toEpochMilli());
        where(jpql, parameters, "LOWER(i.text) LIKE :text", "text", query.text() == null || query.text().isBlank()
                ? null : "%" + query.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        where(jpql, parameters, "EXISTS (SELECT p.id FROM PublicationEntity p WHERE p.planItemId = i.id "
                + "AND p.accountId = :account)", "account", query.accountId());
        jpql.append(" ORDER BY i.plannedUtcMillis, i.id");
        TypedQuery<PlanItemEntity> typed = em.createQuery(jpql.toString(), PlanItemEntity.class);
        parameters.forEach(typed::setParameter);
        if (query.offset() > 0) {
            typed.setFirstResult(query.offset());
        }
        if (query.limit() > 0) {
            typed.setMaxResults(query.limit());
        }
        return items(em, typed.getResultList());
    }

    /** The items with their rows and attachments. */
    static List<PlanItem> items(EntityManager em, List<PlanItemEntity> entities) {
        Map<Long, List<PublicationEntity>> rows = new HashMap<>();
        List<Long> ids = entities.stream().map(PlanItemEntity::getId).toList();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("SELECT p FROM PublicationEntity p WHERE p.planItemId IN :ids ORDER BY p.id",
                    PublicationEntity.class).setParameter("ids", chunk).getResultStream()
                    .forEach(row -> rows.computeIfAbsent(row.getPlanItemId(), id -> new ArrayList<>()).add(row));
        }
        List<Long> mediaIds = entities.stream().flatMap(e -> MediaFiles.ids(e.getMediaIds()).stream()).distinct()
                .toList();
        Map<Long, Attachment> media = new HashMap<>();
        for (List<Long> chunk : chunks(mediaIds)) {
            MediaFiles.describe(em, chunk, null).forEach(a -> media.put(a.mediaId(), a));
        }
        return entities.stream().map(e -> PlanMapping.item(e, rows.getOrDefault(e.getId(), List.of()),
                MediaFiles.ids(e.getMediaIds()).stream().filter(media::containsKey).map(media::get).toList()))
                .toList();
    }

    private static void where(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            jpql.append(" AND ").append(condition);
            parameters.put(name, value);
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
