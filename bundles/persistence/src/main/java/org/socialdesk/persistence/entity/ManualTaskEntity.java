package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

/** Moderation a person must do by hand on the network, because its API cannot; open until marked done. */
@Entity
@Table(name = "SD_MANUAL_TASK",
        indexes = {@Index(name = "SD_MANUAL_TASK_OPEN", columnList = "ORGANISATION_ID,DONE_UTC_MILLIS"),
                @Index(name = "SD_MANUAL_TASK_COMMENT", columnList = "COMMENT_ID")})
public class ManualTaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "COMMENT_ID", nullable = false)
    private long commentId;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    /** A {@code ModerationAction} name: what to do by hand. */
    @Column(name = "ACTION_NAME", nullable = false, length = 40)
    private String action;

    /** The key the action is recorded under once done, so that it is not asked of the network afterwards. */
    @Column(name = "ACTION_KEY", nullable = false, length = 100)
    private String actionKey;

    @Column(length = 1000)
    private String link;

    /** Why the network could not do it. */
    @Column(length = 2000)
    private String reason;

    @Column(name = "CREATED_UTC_MILLIS", nullable = false)
    private long createdUtcMillis;

    @Column(nullable = false, length = 100)
    private String createdBy;

    @Column(name = "DONE_UTC_MILLIS")
    private Long doneUtcMillis;

    @Column(length = 100)
    private String doneBy;

    /** What the person did. */
    @Column(length = 2000)
    private String doneNote;

    protected ManualTaskEntity() {
    }

    public ManualTaskEntity(long commentId, long organisationId, String action, String actionKey, String link,
            String reason, Instant createdAt, String createdBy) {
        this.commentId = commentId;
        this.organisationId = organisationId;
        this.action = action;
        this.actionKey = actionKey;
        this.link = link;
        this.reason = reason;
        this.createdUtcMillis = createdAt.toEpochMilli();
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getCommentId() {
        return commentId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getActionKey() {
        return actionKey;
    }

    public String getLink() {
        return link;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdUtcMillis);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getDoneAt() {
        return doneUtcMillis == null ? null : Instant.ofEpochMilli(doneUtcMillis);
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public void markDone(Instant at, String by, String note) {
        this.doneUtcMillis = at.toEpochMilli();
        this.doneBy = by;
        this.doneNote = note;
    }
}
