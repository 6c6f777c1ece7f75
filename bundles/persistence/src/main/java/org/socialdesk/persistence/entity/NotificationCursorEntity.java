package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * How far the e-mail notices have read a stream of records, such as the plan items' transitions: every record
 * with an id up to {@code position} is noticed. It advances in the transaction that queues the mails, so a crash in
 * between reads again instead of losing; the version stops two nodes from advancing it at once.
 */
@Entity
@Table(name = "SD_NOTIFICATION_CURSOR")
public class NotificationCursorEntity {

    @Id
    @Column(name = "STREAM_NAME", length = 100)
    private String stream;

    @Version
    private long version;

    @Column(name = "READ_POSITION", nullable = false)
    private long position;

    @Column(name = "UPDATED_UTC_MILLIS", nullable = false)
    private long updatedUtcMillis;

    protected NotificationCursorEntity() {
    }

    public NotificationCursorEntity(String stream, long position, Instant at) {
        this.stream = stream;
        advance(position, at);
    }

    public String getStream() {
        return stream;
    }

    public long getVersion() {
        return version;
    }

    public long getPosition() {
        return position;
    }

    public Instant getUpdatedAt() {
        return Instant.ofEpochMilli(updatedUtcMillis);
    }

    public void advance(long position, Instant at) {
        this.position = position;
        this.updatedUtcMillis = at.toEpochMilli();
    }
}
