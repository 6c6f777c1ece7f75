package org.socialdesk.persistence.audit;

import java.io.IOException;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.AuditEntryEntity;
import org.socialdesk.persistence.entity.AuditHeadEntity;

/**
 * Appends to the audit hash chain inside the caller's own {@link Database#write} transaction, so that an entry
 * commits or rolls back together with the change it records. Each committed head is then recorded outside the
 * database, in the {@link ChainHeadFile} and the log, so that cutting entries off the end can be noticed.
 */
@Component(service = AuditTrail.class)
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final Database database;
    private final ChainHeadFile headFile;
    /** Commits can finish out of order; the recorded head must never go back. */
    private long recordedSequence;

    @Activate
    public AuditTrail(@Reference Database database) {
        this(database, ChainHeadFile.inKarafData());
    }

    public AuditTrail(Database database, ChainHeadFile headFile) {
        this.database = database;
        this.headFile = headFile;
        // created once here: two first appends racing to create it would fail one of their transactions
        database.write(em -> {
            ensureHead(em);
            return null;
        });
    }

    /**
     * Appends the event as the next entry of the chain. Call it inside {@code database.write}: it locks the chain's
     * head until that transaction ends, so appends take turns.
     *
     * @param event an event not appended yet (sequence 0); over-long fields are cut to fit their columns
     */
    public void append(EntityManager em, AuditEvent event) {
        if (event.sequence() != 0) {
            throw new IllegalArgumentException("the event was appended already, as entry " + event.sequence());
        }
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain's head row is missing; a restart rebuilds it");
        }
        AuditEntryEntity entry = new AuditEntryEntity(head.getSequence() + 1, event.time(),
                fit(event.actor(), AuditEntryEntity.ACTOR_LENGTH), event.organisationId(),
                fit(event.action(), AuditEntryEntity.ACTION_LENGTH),
                fit(event.objectType(), AuditEntryEntity.OBJECT_TYPE_LENGTH),
                fit(event.objectId(), AuditEntryEntity.OBJECT_ID_LENGTH),
                fit(event.summary(), AuditEntryEntity.SUMMARY_LENGTH), head.getHash());
        em.persist(entry);
        head.advanceTo(entry);
        ChainHead newest = new ChainHead(entry.getSequence(), entry.getHash());
        database.afterCommit(em, () -> record(newest));
    }

    public ChainHeadFile headFile() {
        return headFile;
    }

    private synchronized void record(ChainHead head) {
        if (head.sequence() <= recordedSequence) {
            return;
        }
        LOG.info("Audit chain head: entry {} with hash {}", head.sequence(), head.hash());
        try {
            headFile.write(head);
            recordedSequence = head.sequence();
        } catch (IOException e) {
            LOG.error("Cannot record the audit chain head in {}; audit-verify will report entries after the last "
                    + "recorded head until a later entry is recorded", headFile.location(), e);
        }
    }

    private static void ensureHead(EntityManager em) {
        if (em.find(AuditHeadEntity.class, AuditHeadEntity.ID) != null) {
            return;
        }
        AuditHeadEntity head = em.createQuery("SELECT e FROM AuditEntryEntity e ORDER BY e.sequence DESC",
                AuditEntryEntity.class).setMaxResults(1).getResultStream().findFirst()
                .map(newest -> {
                    LOG.warn("The audit chain's head row was missing; rebuilt from entry {}", newest.getSequence());
                    return new AuditHeadEntity(newest.getSequence(), newest.getHash());
                })
                .orElseGet(() -> new AuditHeadEntity(0, AuditEntryEntity.GENESIS_HASH));
        em.persist(head);
    }

    /** Cuts a value to its column, so that an over-long one (a user name someone tried) cannot fail the change. */
    private static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
