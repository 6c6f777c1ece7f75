package org.socialdesk.contentplan.internal.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.socialdesk.connector.Publication;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * The plan side as the engine's tests need it: a row's variant text is the whole post, no row is a reply, and the
 * plan item's part in {@link #targetChanged} is to remember what it was told.
 */
final class RowTextContent implements PlanContent {

    /** A change the engine reported, as "row id: state". */
    private final List<String> changes = new ArrayList<>();

    @Override
    public Publication publicationFor(EntityManager em, PublicationEntity row) {
        return Publication.text(row.getIdempotencyKey(), row.getVariantText());
    }

    @Override
    public Optional<ApprovedReply> replyFor(EntityManager em, PublicationEntity row) {
        return Optional.empty();
    }

    @Override
    public synchronized void targetChanged(EntityManager em, PublicationEntity row, String actor) {
        changes.add(row.getId() + ": " + row.getState() + " by " + actor);
    }

    synchronized List<String> changes() {
        return List.copyOf(changes);
    }
}
