package org.socialdesk.contentplan.internal.publishing;

import java.util.Optional;
import javax.persistence.EntityManager;
import org.socialdesk.connector.Publication;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * What the publishing engine needs of the content plan, so that the engine knows outbox rows and connectors only.
 */
public interface PlanContent {

    /**
     * The publication of a due row as its plan item holds it now: the network's variant of the text, the
     * attachments' bytes (checked against their SHA-256), the poll, and the row's idempotency key.
     */
    Publication publicationFor(EntityManager em, PublicationEntity row);

    /** The reply a due row carries, when its plan item answers a citizen's comment instead of posting. */
    Optional<ApprovedReply> replyFor(EntityManager em, PublicationEntity row);

    /**
     * Called in the engine's transaction after it changed a row's state, so that the plan item follows (all targets
     * published → опубликовано; one needs a person → ошибка, with the row's failure as the remark) and the transition
     * is audited as {@code actor}.
     */
    void targetChanged(EntityManager em, PublicationEntity row, String actor);
}
