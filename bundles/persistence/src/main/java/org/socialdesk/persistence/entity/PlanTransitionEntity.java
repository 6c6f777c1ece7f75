package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One step of a plan item's life, kept next to the audit log so that an item's history is read without searching
 * the whole chain. States are {@code org.socialdesk.core.contentplan.PlanItemState} names.
 */
@Entity
@Table(name = "SD_PLAN_TRANSITION", indexes = @Index(name = "SD_PLAN_TRANSITION_ITEM", columnList = "PLAN_ITEM_ID"))
public class PlanTransitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PLAN_ITEM_ID", nullable = false)
    private long planItemId;

    @Column(name = "TIME_UTC_MILLIS", nullable = false)
    private long timeUtcMillis;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "FROM_STATE", length = 20)
    private String fromState;

    @Column(name = "TO_STATE", nullable = false, length = 20)
    private String toState;

    @Column(length = 2000)
    private String remark;

    protected PlanTransitionEntity() {
    }

    /** @param fromState {@code null} for the item's creation */
    public PlanTransitionEntity(long planItemId, Instant time, String actor, String fromState, String toState,
            String remark) {
        this.planItemId = planItemId;
        this.timeUtcMillis = time.toEpochMilli();
        this.actor = actor;
        this.fromState = fromState;
        this.toState = toState;
        this.remark = remark;
    }

    public Long getId() {
        return id;
    }

    public long getPlanItemId() {
        return planItemId;
    }

    public Instant getTime() {
        return Instant.ofEpochMilli(timeUtcMillis);
    }

    public String getActor() {
        return actor;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getRemark() {
        return remark;
    }
}
