package org.socialdesk.persistence.entity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One link of the audit hash chain. Rows are only ever inserted; nothing updates or deletes them.
 *
 * <p>Not cached: verification must see the rows as they are in the database, including changes made behind
 * SocialDesk's back.
 */
@Entity
@Table(name = "SD_AUDIT")
@Cacheable(false)
public class AuditEntryEntity {

    /** The previous hash of entry 1, which has no predecessor. */
    public static final String GENESIS_HASH = "0".repeat(64);
    public static final int ACTOR_LENGTH = 100;
    public static final int ACTION_LENGTH = 60;
    public static final int OBJECT_TYPE_LENGTH = 60;
    public static final int OBJECT_ID_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 4000;

    /** Position in the chain, from 1 without gaps; as the primary key it cannot occur twice. */
    @Id
    @Column(name = "SEQUENCE_NO")
    private long sequence;

    /** Milliseconds since the epoch: exact and independent of any time zone, so the hash can be recomputed. */
    @Column(name = "TIME_UTC_MILLIS", nullable = false)
    private long timeUtcMillis;

    @Column(nullable = false, length = ACTOR_LENGTH)
    private String actor;

    private Long organisationId;

    @Column(name = "ACTION_NAME", nullable = false, length = ACTION_LENGTH)
    private String action;

    @Column(length = OBJECT_TYPE_LENGTH)
    private String objectType;

    @Column(length = OBJECT_ID_LENGTH)
    private String objectId;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntryEntity() {
    }

    /** A new link after the entry whose hash is {@code previousHash}; its own hash is computed here. */
    public AuditEntryEntity(long sequence, Instant time, String actor, Long organisationId, String action,
            String objectType, String objectId, String summary, String previousHash) {
        this.sequence = sequence;
        this.timeUtcMillis = time.toEpochMilli();
        this.actor = actor;
        this.organisationId = organisationId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.summary = summary;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /**
     * The hash this entry must carry: lower-case hex SHA-256 over its canonical form, which is these fields in
     * this order: previous hash, sequence, time (epoch milliseconds), actor, organisation id, action, object type,
     * object id, summary. Numbers are written in decimal. Each field is a 4-byte big-endian length followed by that
     * many bytes of UTF-8, or the length -1 alone for a missing value, so no two entries share a canonical form.
     */
    public String computeHash() {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        for (String field : new String[] {previousHash, Long.toString(sequence), Long.toString(timeUtcMillis), actor,
                organisationId == null ? null : organisationId.toString(), action, objectType, objectId, summary}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            canonical.writeBytes(ByteBuffer.allocate(4).putInt(field == null ? -1 : bytes.length).array());
            canonical.writeBytes(bytes);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getTime() {
        return Instant.ofEpochMilli(timeUtcMillis);
    }

    public String getActor() {
        return actor;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getSummary() {
        return summary;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
