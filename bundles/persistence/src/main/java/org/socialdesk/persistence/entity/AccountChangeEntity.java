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

/**
 * One field changed by one version of an account. A version is the rows sharing its account and number, so the
 * history stays one flat table that any database can query and nothing in it is ever updated.
 */
@Entity
@Table(name = "SD_ACCOUNT_CHANGE", indexes = @Index(name = "SD_ACCOUNT_CHANGE_ACCOUNT",
        columnList = "ACCOUNT_ID,VERSION_NUMBER"))
@NamedQuery(name = "AccountChange.byAccount", query = "SELECT c FROM AccountChangeEntity c"
        + " WHERE c.accountId = :accountId ORDER BY c.versionNumber DESC, c.id")
@NamedQuery(name = "AccountChange.lastVersion",
        query = "SELECT MAX(c.versionNumber) FROM AccountChangeEntity c WHERE c.accountId = :accountId")
public class AccountChangeEntity implements FieldChangeRow {

    public static final int VALUE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

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

    protected AccountChangeEntity() {
    }

    public AccountChangeEntity(long accountId, int versionNumber, Instant time, String actor, String field,
            String before, String after) {
        this.accountId = accountId;
        this.versionNumber = versionNumber;
        this.timeUtcMillis = time.toEpochMilli();
        this.actor = actor;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public long getAccountId() {
        return accountId;
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
