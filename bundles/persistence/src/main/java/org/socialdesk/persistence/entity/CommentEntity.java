package org.socialdesk.persistence.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * A comment or message read from an account, as moderation stored it: the snapshot of what the network showed
 * (never changed after ingest), its canonical form and SHA-256 as evidence, the classifier's verdict, and where
 * it stands in the queue. The unique key keeps a comment read twice from being stored twice. Category and status
 * are {@code org.socialdesk.core.moderation} enum names.
 */
@Entity
@Table(name = "SD_COMMENT",
        // the network's comment id leads, so that ingest's "which of these ids are stored" probes the index
        uniqueConstraints = @UniqueConstraint(name = "SD_COMMENT_KEY",
                columnNames = {"COMMENT_ID", "ACCOUNT_ID", "POST_ID"}),
        indexes = {@Index(name = "SD_COMMENT_QUEUE",
                columnList = "ORGANISATION_ID,STATUS,CATEGORY,CREATED_UTC_MILLIS"),
                @Index(name = "SD_COMMENT_NEWEST", columnList = "ORGANISATION_ID,CREATED_UTC_MILLIS")})
public class CommentEntity {

    public static final int TEXT_LENGTH = 16384;
    public static final int SNAPSHOT_LENGTH = 32000;
    public static final int REASONS_LENGTH = 4000;

    /**
     * Ids are handed out in blocks from a table of their own: ingest stores thousands of comments a minute at busy
     * times, and an identity column would cost a query per row to read the id back.
     */
    @Id
    @TableGenerator(name = "SD_COMMENT_ID", table = "SD_COMMENT_ID", pkColumnName = "NAME",
            valueColumnName = "NEXT_ID", pkColumnValue = "COMMENT", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "SD_COMMENT_ID")
    private Long id;

    @Version
    private long version;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 60)
    private String network;

    @Column(name = "POST_ID", nullable = false, length = 200)
    private String postId;

    @Column(name = "COMMENT_ID", nullable = false, length = 200)
    private String commentId;

    @Column(length = 200)
    private String authorId;

    @Column(length = 500)
    private String authorName;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    /** When the network says it was written; {@code null} when it does not say. */
    @Column(name = "CREATED_UTC_MILLIS")
    private Long createdUtcMillis;

    @Column(length = 1000)
    private String url;

    @Column(name = "INGESTED_UTC_MILLIS", nullable = false)
    private long ingestedUtcMillis;

    /** The canonical snapshot the hash is computed over, kept so that the hash can be checked at any time. */
    @Column(nullable = false, length = SNAPSHOT_LENGTH)
    private String snapshot;

    @Column(nullable = false, length = 64)
    private String snapshotSha256;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(nullable = false)
    private double confidence;

    /** The verdict's reasons, one a line. */
    @Column(nullable = false, length = REASONS_LENGTH)
    private String reasons;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false)
    private boolean authorRestricted;

    @Column(length = 4000)
    private String repliedWith;

    protected CommentEntity() {
    }

    public CommentEntity(long organisationId, long accountId, String network, String postId, String commentId,
            String authorId, String authorName, String text, Instant createdAt, String url, Instant ingestedAt,
            String snapshot, String snapshotSha256) {
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.network = network;
        this.postId = postId;
        this.commentId = commentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.createdUtcMillis = createdAt == null ? null : createdAt.toEpochMilli();
        this.url = url;
        this.ingestedUtcMillis = ingestedAt.toEpochMilli();
        this.snapshot = snapshot;
        this.snapshotSha256 = snapshotSha256;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNetwork() {
        return network;
    }

    public String getPostId() {
        return postId;
    }

    public String getCommentId() {
        return commentId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdUtcMillis == null ? null : Instant.ofEpochMilli(createdUtcMillis);
    }

    public String getUrl() {
        return url;
    }

    public Instant getIngestedAt() {
        return Instant.ofEpochMilli(ingestedUtcMillis);
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getSnapshotSha256() {
        return snapshotSha256;
    }

    public String getCategory() {
        return category;
    }

    public double getConfidence() {
        return confidence;
    }

    public List<String> getReasons() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
    }

    /** Records the classifier's verdict; reasons that do not fit the column are cut at a whole reason. */
    public void setVerdict(String category, double confidence, List<String> reasons) {
        this.category = category;
        this.confidence = confidence;
        StringBuilder joined = new StringBuilder();
        for (String reason : reasons) {
            String line = reason.replace('\n', ' ');
            if (joined.length() + line.length() + 1 > REASONS_LENGTH) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : "\n").append(line);
        }
        this.reasons = joined.toString();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isAuthorRestricted() {
        return authorRestricted;
    }

    public void setAuthorRestricted(boolean authorRestricted) {
        this.authorRestricted = authorRestricted;
    }

    public String getRepliedWith() {
        return repliedWith;
    }

    public void setRepliedWith(String repliedWith) {
        this.repliedWith = repliedWith;
    }
}
