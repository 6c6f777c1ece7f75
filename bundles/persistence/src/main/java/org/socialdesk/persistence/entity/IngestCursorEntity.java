package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Where moderation's reading of an account's comments stands: the connector's cursor after the last stored page.
 * It advances in the transaction that stores the page, so a crash in between re-reads instead of losing.
 */
@Entity
@Table(name = "SD_INGEST_CURSOR")
public class IngestCursorEntity {

    @Id
    @Column(name = "ACCOUNT_ID")
    private long accountId;

    @Column(name = "READ_CURSOR", length = 2000)
    private String cursor;

    @Column(name = "UPDATED_UTC_MILLIS", nullable = false)
    private long updatedUtcMillis;

    protected IngestCursorEntity() {
    }

    public IngestCursorEntity(long accountId) {
        this.accountId = accountId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCursor() {
        return cursor;
    }

    public Instant getUpdatedAt() {
        return Instant.ofEpochMilli(updatedUtcMillis);
    }

    public void advance(String cursor, Instant at) {
        this.cursor = cursor;
        this.updatedUtcMillis = at.toEpochMilli();
    }
}
