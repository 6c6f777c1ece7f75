package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * That an account's people were warned by e-mail that it will miss its weekly quota (д.6) in an ISO week, recorded
 * in the transaction that queues the mails, so that each account is warned at most once a week, across restarts.
 * The figures are those the warning told.
 */
@Entity
@Table(name = "SD_QUOTA_WARNING", uniqueConstraints = @UniqueConstraint(name = "SD_QUOTA_WARNING_WEEK",
        columnNames = {"ACCOUNT_ID", "ISO_WEEK"}))
public class QuotaWarningEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    /** As {@code org.socialdesk.core.contentplan.IsoWeek} prints it, e.g. {@code 2026-W48}. */
    @Column(name = "ISO_WEEK", nullable = false, length = 10)
    private String isoWeek;

    @Column(nullable = false)
    private int required;

    @Column(nullable = false)
    private int published;

    @Column(nullable = false)
    private int planned;

    @Column(name = "WARNED_UTC_MILLIS", nullable = false)
    private long warnedUtcMillis;

    protected QuotaWarningEntity() {
    }

    public QuotaWarningEntity(long accountId, long organisationId, String isoWeek, int required, int published,
            int planned, Instant warned) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.isoWeek = isoWeek;
        this.required = required;
        this.published = published;
        this.planned = planned;
        this.warnedUtcMillis = warned.toEpochMilli();
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getIsoWeek() {
        return isoWeek;
    }

    public int getRequired() {
        return required;
    }

    public int getPublished() {
        return published;
    }

    public int getPlanned() {
        return planned;
    }

    public Instant getWarned() {
        return Instant.ofEpochMilli(warnedUtcMillis);
    }
}
