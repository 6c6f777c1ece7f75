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
 * One plan item on one account: the item's target while it is written and approved, and its outbox row once it is
 * approved. The publishing engine claims a due row with a lease, so a crashed node's work is taken over when the
 * lease runs out; the idempotency key lets it ask the network whether the post already exists before trying again.
 * States are {@code org.socialdesk.core.contentplan.TargetState} names.
 */
@Entity
@Table(name = "SD_PUBLICATION",
        uniqueConstraints = @UniqueConstraint(name = "SD_PUBLICATION_KEY", columnNames = "IDEMPOTENCY_KEY"),
        indexes = {@Index(name = "SD_PUBLICATION_DUE", columnList = "STATE,DUE_UTC_MILLIS"),
                @Index(name = "SD_PUBLICATION_ITEM", columnList = "PLAN_ITEM_ID"),
                @Index(name = "SD_PUBLICATION_ACCOUNT", columnList = "ACCOUNT_ID,PUBLISHED_UTC_MILLIS"),
                // the weekly quotas of every account count these without reading a row (QuotaServiceImpl)
                @Index(name = "SD_PUBLICATION_PUBLISHED", columnList = "STATE,PUBLISHED_UTC_MILLIS,ACCOUNT_ID"),
                @Index(name = "SD_PUBLICATION_PLANNED", columnList = "STATE,DUE_UTC_MILLIS,ACCOUNT_ID")})
public class PublicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "PLAN_ITEM_ID", nullable = false)
    private long planItemId;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    /** The network's variant of the item's text, or {@code null} for the common text. */
    @Column(name = "VARIANT_TEXT", length = 16000)
    private String variantText;

    @Column(nullable = false, length = 20)
    private String state;

    /** Unique per (item, account, publication round): a new round after an edit gets a new key. */
    @Column(name = "IDEMPOTENCY_KEY", nullable = false, length = 80)
    private String idempotencyKey;

    /** When the post is due, epoch milliseconds UTC; {@code null} until approved. */
    @Column(name = "DUE_UTC_MILLIS")
    private Long dueUtcMillis;

    /** Earliest next connector call after a retryable failure. */
    @Column(name = "NEXT_ATTEMPT_UTC_MILLIS")
    private Long nextAttemptUtcMillis;

    @Column(nullable = false)
    private int attempts;

    /** The node holding the row while it calls the network, and until when. */
    @Column(name = "LEASE_OWNER", length = 100)
    private String leaseOwner;

    @Column(name = "LEASE_UTC_MILLIS")
    private Long leaseUntilUtcMillis;

    /** Whether a connector call was started: a retry must first ask the network what the earlier call did. */
    @Column(name = "CALL_STARTED", nullable = false)
    private boolean callStarted;

    @Column(name = "POST_ID", length = 200)
    private String postId;

    @Column(name = "POST_URL", length = 1000)
    private String url;

    @Column(name = "PUBLISHED_UTC_MILLIS")
    private Long publishedUtcMillis;

    @Column(length = 2000)
    private String failure;

    protected PublicationEntity() {
    }

    public PublicationEntity(long planItemId, long accountId, String variantText, String state,
            String idempotencyKey) {
        this.planItemId = planItemId;
        this.accountId = accountId;
        this.variantText = variantText;
        this.state = state;
        this.idempotencyKey = idempotencyKey;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPlanItemId() {
        return planItemId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getVariantText() {
        return variantText;
    }

    public void setVariantText(String variantText) {
        this.variantText = variantText;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public Instant getDue() {
        return dueUtcMillis == null ? null : Instant.ofEpochMilli(dueUtcMillis);
    }

    public void setDue(Instant due) {
        this.dueUtcMillis = due == null ? null : due.toEpochMilli();
    }

    public Instant getNextAttempt() {
        return nextAttemptUtcMillis == null ? null : Instant.ofEpochMilli(nextAttemptUtcMillis);
    }

    public void setNextAttempt(Instant nextAttempt) {
        this.nextAttemptUtcMillis = nextAttempt == null ? null : nextAttempt.toEpochMilli();
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntilUtcMillis == null ? null : Instant.ofEpochMilli(leaseUntilUtcMillis);
    }

    public void setLease(String owner, Instant until) {
        this.leaseOwner = owner;
        this.leaseUntilUtcMillis = until == null ? null : until.toEpochMilli();
    }

    public boolean isCallStarted() {
        return callStarted;
    }

    public void setCallStarted(boolean callStarted) {
        this.callStarted = callStarted;
    }

    public String getPostId() {
        return postId;
    }

    public String getUrl() {
        return url;
    }

    public Instant getPublishedAt() {
        return publishedUtcMillis == null ? null : Instant.ofEpochMilli(publishedUtcMillis);
    }

    /** Records the post as read back from the network. */
    public void setPublished(String postId, String url, Instant publishedAt) {
        this.postId = postId;
        this.url = url;
        this.publishedUtcMillis = publishedAt == null ? null : publishedAt.toEpochMilli();
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }
}
