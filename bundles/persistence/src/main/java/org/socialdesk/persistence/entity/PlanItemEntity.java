package org.socialdesk.persistence.entity;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.model.Format;

/**
 * One entry of the content plan. Its targets are {@link PublicationEntity} rows, which become the outbox once the
 * item is approved. The calendar reads an organisation's items by planned time, hence the index.
 */
@Entity
@Table(name = "SD_PLAN_ITEM",
        indexes = @Index(name = "SD_PLAN_ITEM_PLANNED", columnList = "ORGANISATION_ID,PLANNED_UTC_MILLIS"))
public class PlanItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OccasionKind occasionKind;

    @Column(length = 1000)
    private String occasionTitle;

    private LocalDateTime occasionAt;

    @Column(length = 1000)
    private String occasionPlace;

    /** When the item should appear, epoch milliseconds UTC; {@code null} for a reply template. */
    @Column(name = "PLANNED_UTC_MILLIS")
    private Long plannedUtcMillis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Format format;

    @Column(length = 16000)
    private String text;

    /** Ids of the attached {@link MediaEntity} rows in their order, separated by commas. */
    @Column(length = 2000)
    private String mediaIds;

    @Column(length = 1000)
    private String pollQuestion;

    /** One answer option a line. */
    @Column(length = 4000)
    private String pollOptions;

    private boolean pollAnonymous;

    private boolean pollMultipleAnswers;

    private Long inReplyTo;

    @Column(length = 200)
    private String responsibleEditor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanItemState state;

    @Column(length = 4000)
    private String remark;

    private int approvals;

    /** Who gave the first of two approval levels in the current round, so that the second is someone else. */
    @Column(length = 200)
    private String firstApprover;

    /** Publication rounds so far: each approval after an edit starts a new one with new idempotency keys. */
    @Column(name = "PUBLICATION_ROUND", nullable = false)
    private int round;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(long organisationId) {
        this.organisationId = organisationId;
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public void setKind(PlanItemKind kind) {
        this.kind = kind;
    }

    public OccasionKind getOccasionKind() {
        return occasionKind;
    }

    public void setOccasionKind(OccasionKind occasionKind) {
        this.occasionKind = occasionKind;
    }

    public String getOccasionTitle() {
        return occasionTitle;
    }

    public void setOccasionTitle(String occasionTitle) {
        this.occasionTitle = occasionTitle;
    }

    public LocalDateTime getOccasionAt() {
        return occasionAt;
    }

    public void setOccasionAt(LocalDateTime occasionAt) {
        this.occasionAt = occasionAt;
    }

    public String getOccasionPlace() {
        return occasionPlace;
    }

    public void setOccasionPlace(String occasionPlace) {
        this.occasionPlace = occasionPlace;
    }

    public Long getPlannedUtcMillis() {
        return plannedUtcMillis;
    }

    public void setPlannedUtcMillis(Long plannedUtcMillis) {
        this.plannedUtcMillis = plannedUtcMillis;
    }

    public Format getFormat() {
        return format;
    }

    public void setFormat(Format format) {
        this.format = format;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMediaIds() {
        return mediaIds;
    }

    public void setMediaIds(String mediaIds) {
        this.mediaIds = mediaIds;
    }

    public String getPollQuestion() {
        return pollQuestion;
    }

    public void setPollQuestion(String pollQuestion) {
        this.pollQuestion = pollQuestion;
    }

    public String getPollOptions() {
        return pollOptions;
    }

    public void setPollOptions(String pollOptions) {
        this.pollOptions = pollOptions;
    }

    public boolean isPollAnonymous() {
        return pollAnonymous;
    }

    public void setPollAnonymous(boolean pollAnonymous) {
        this.pollAnonymous = pollAnonymous;
    }

    public boolean isPollMultipleAnswers() {
        return pollMultipleAnswers;
    }

    public void setPollMultipleAnswers(boolean pollMultipleAnswers) {
        this.pollMultipleAnswers = pollMultipleAnswers;
    }

    public Long getInReplyTo() {
        return inReplyTo;
    }

    public void setInReplyTo(Long inReplyTo) {
        this.inReplyTo = inReplyTo;
    }

    public String getResponsibleEditor() {
        return responsibleEditor;
    }

    public void setResponsibleEditor(String responsibleEditor) {
        this.responsibleEditor = responsibleEditor;
    }

    public PlanItemState getState() {
        return state;
    }

    public void setState(PlanItemState state) {
        this.state = state;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public int getApprovals() {
        return approvals;
    }

    public void setApprovals(int approvals) {
        this.approvals = approvals;
    }

    public String getFirstApprover() {
        return firstApprover;
    }

    public void setFirstApprover(String firstApprover) {
        this.firstApprover = firstApprover;
    }

    public int getRound() {
        return round;
    }

    public void setRound(int round) {
        this.round = round;
    }
}
