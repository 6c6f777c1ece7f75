package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * One action taken on a stored comment, by a person or by the system. The key is unique per comment: an action
 * that must happen once (a deletion, a reply for one plan item) has a fixed key, so that a second one can neither
 * be sent nor recorded; actions that may repeat get a key of their own.
 */
@Entity
@Table(name = "SD_MODERATION_ACTION",
        uniqueConstraints = @UniqueConstraint(name = "SD_MODERATION_ACTION_KEY",
                columnNames = {"COMMENT_ID", "ACTION_KEY"}),
        indexes = @Index(name = "SD_MODERATION_ACTION_COMMENT", columnList = "COMMENT_ID,TIME_UTC_MILLIS"))
public class ModerationActionEntity {

    public static final int ANSWER_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "COMMENT_ID", nullable = false)
    private long commentId;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    /** E.g. {@code KEEP}, {@code DELETE_COMMENT}, {@code RESTRICT_USER}, {@code REPLY}. */
    @Column(name = "ACTION_NAME", nullable = false, length = 40)
    private String action;

    @Column(name = "ACTION_KEY", nullable = false, length = 100)
    private String actionKey;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "TIME_UTC_MILLIS", nullable = false)
    private long timeUtcMillis;

    /** An {@code ActionOutcome.Result} name. */
    @Column(nullable = false, length = 20)
    private String outcome;

    /** What the network answered, or what the person noted; never a secret. */
    @Column(length = ANSWER_LENGTH)
    private String networkAnswer;

    protected ModerationActionEntity() {
    }

    public ModerationActionEntity(long commentId, long organisationId, String action, String actionKey,
            String actor, Instant time, String outcome, String networkAnswer) {
        this.commentId = commentId;
        this.organisationId = organisationId;
        this.action = action;
        this.actionKey = actionKey;
        this.actor = actor;
        this.timeUtcMillis = time.toEpochMilli();
        this.outcome = outcome;
        this.networkAnswer = networkAnswer == null || networkAnswer.length() <= ANSWER_LENGTH ? networkAnswer
                : networkAnswer.substring(0, ANSWER_LENGTH - 1) + "…";
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

    public String getActor() {
        return actor;
    }

    public Instant getTime() {
        return Instant.ofEpochMilli(timeUtcMillis);
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNetworkAnswer() {
        return networkAnswer;
    }
}
