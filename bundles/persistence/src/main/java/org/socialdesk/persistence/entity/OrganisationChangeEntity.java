package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** One field changed by one version of an organisation, kept as {@link AccountChangeEntity} keeps accounts'. */
@Entity
@Table(name = "SD_ORGANISATION_CHANGE", indexes = @Index(name = "SD_ORGANISATION_CHANGE_ORG",
        columnList = "ORGANISATION_ID,VERSION_NUMBER"))
@NamedQuery(name = "OrganisationChange.byOrganisation", query = "SELECT c FROM OrganisationChangeEntity c"
        + " WHERE c.organisationId = :organisationId ORDER BY c.versionNumber DESC, c.id")
@NamedQuery(name = "OrganisationChange.lastVersion", query = "SELECT MAX(c.versionNumber)"
        + " FROM OrganisationChangeEntity c WHERE c.organisationId = :organisationId")
public class OrganisationChangeEntity implements FieldChangeRow {

    public static final int VALUE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int versionNumber;

    /** Epoch milliseconds (UTC). */
    @Column(name = "TIME_UTC_MILLIS", nullable = false)
    private long timeUtcMillis;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String field;

    @Column(name = "VALUE_BEFORE", length = VALUE_LENGTH)
    private String before;

    @Column(name = "VALUE_AFTER", length = VALUE_LENGTH)
    private String after;

    protected OrganisationChangeEntity() {
    }

    public OrganisationChangeEntity(long organisationId, int versionNumber, Instant time, String actor, String field,
            String before, String after) {
        this.organisationId = organisationId;
        this.versionNumber = versionNumber;
        this.timeUtcMillis = time.toEpochMilli();
        this.actor = actor;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    @Override
    public int getVersionNumber() {
        return versionNumber;
    }

    @Override
    public Instant getTime() {
        return Instant.ofEpochMilli(timeUtcMillis);
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public String getField() {
        return field;
    }

    @Override
    public String getBefore() {
        return before;
    }

    @Override
    public String getAfter() {
        return after;
    }
}
