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
import javax.persistence.Version;

/**
 * One e-mail to one recipient, kept until the SMTP server has accepted it, so that a mail server outage or a
 * restart loses no notice. The key names what the mail is about and whom it is for, so that the same notice is
 * never queued twice. A sender claims a due row by moving its next attempt past its lease (the version catches two
 * senders claiming at once); states are {@link State} names.
 */
@Entity
@Table(name = "SD_MAIL_OUTBOX",
        uniqueConstraints = @UniqueConstraint(name = "SD_MAIL_OUTBOX_KEY", columnNames = "MAIL_KEY"),
        indexes = @Index(name = "SD_MAIL_OUTBOX_DUE", columnList = "STATE,NEXT_ATTEMPT_UTC_MILLIS"))
public class MailOutboxEntity {

    /** Where a mail stands. */
    public enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Refused for good by the server (an unknown mailbox, a malformed address); a person must look. */
        REJECTED,
        /** No longer worth sending, such as a quota warning for a week that has ended. */
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "MAIL_KEY", nullable = false, length = 500)
    private String mailKey;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 16000)
    private String body;

    @Column(nullable = false, length = 20)
    private String state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_UTC_MILLIS", nullable = false)
    private long nextAttemptUtcMillis;

    @Column(name = "LAST_ERROR", length = 2000)
    private String lastError;

    @Column(name = "CREATED_UTC_MILLIS", nullable = false)
    private long createdUtcMillis;

    /** After this the mail is not sent any more; {@code null}: it never goes stale. */
    @Column(name = "EXPIRES_UTC_MILLIS")
    private Long expiresUtcMillis;

    @Column(name = "SENT_UTC_MILLIS")
    private Long sentUtcMillis;

    protected MailOutboxEntity() {
    }

    /** A pending mail, due at once. */
    public MailOutboxEntity(String key, String recipient, String subject, String body, Instant created,
            Instant expires) {
        this.mailKey = key;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.state = State.PENDING.name();
        this.createdUtcMillis = created.toEpochMilli();
        this.nextAttemptUtcMillis = created.toEpochMilli();
        this.expiresUtcMillis = expires == null ? null : expires.toEpochMilli();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return mailKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public State getState() {
        return State.valueOf(state);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttempt() {
        return Instant.ofEpochMilli(nextAttemptUtcMillis);
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreated() {
        return Instant.ofEpochMilli(createdUtcMillis);
    }

    public Instant getExpires() {
        return expiresUtcMillis == null ? null : Instant.ofEpochMilli(expiresUtcMillis);
    }

    public Instant getSent() {
        return sentUtcMillis == null ? null : Instant.ofEpochMilli(sentUtcMillis);
    }

    /** Takes the mail for one attempt: nobody else tries it before {@code leaseUntil}. */
    public void claim(Instant leaseUntil) {
        attempts++;
        nextAttemptUtcMillis = leaseUntil.toEpochMilli();
    }

    public void sent(Instant at) {
        state = State.SENT.name();
        sentUtcMillis = at.toEpochMilli();
        lastError = null;
    }

    public void retryAt(Instant next, String error) {
        nextAttemptUtcMillis = next.toEpochMilli();
        lastError = error;
    }

    public void rejected(String error) {
        state = State.REJECTED.name();
        lastError = error;
    }

    public void expired() {
        state = State.EXPIRED.name();
    }
}
