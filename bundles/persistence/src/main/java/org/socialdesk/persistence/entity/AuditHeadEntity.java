package org.socialdesk.persistence.entity;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The single row naming the newest entry of the audit chain. Appending locks it, so concurrent transactions take
 * turns and never link two entries to the same predecessor.
 */
@Entity
@Table(name = "SD_AUDIT_HEAD")
@Cacheable(false)
public class AuditHeadEntity {

    /** The id of the one row. */
    public static final long ID = 1;

    @Id
    private long id;

    @Column(name = "SEQUENCE_NO", nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditHeadEntity() {
    }

    public AuditHeadEntity(long sequence, String hash) {
        this.id = ID;
        this.sequence = sequence;
        this.hash = hash;
    }

    public long getSequence() {
        return sequence;
    }

    public String getHash() {
        return hash;
    }

    /** Makes {@code entry}, which must follow the current head, the new head. */
    public void advanceTo(AuditEntryEntity entry) {
        if (entry.getSequence() != sequence + 1 || !entry.getPreviousHash().equals(hash)) {
            throw new IllegalArgumentException("entry " + entry.getSequence() + " does not follow entry " + sequence);
        }
        sequence = entry.getSequence();
        hash = entry.getHash();
    }
}
