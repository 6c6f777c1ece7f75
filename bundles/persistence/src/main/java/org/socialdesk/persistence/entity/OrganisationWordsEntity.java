package org.socialdesk.persistence.entity;

import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * An organisation's own banned and allowed words for the comment classifier, one row an organisation. The lists
 * are stored one entry a line: they are read and saved whole, and the version lets moderation notice a save made
 * on another node with one small query before it classifies a page of comments.
 */
@Entity
@Table(name = "SD_ORGANISATION_WORDS")
public class OrganisationWordsEntity {

    /** Room for 300 entries of 60 characters and their line breaks. */
    public static final int LIST_LENGTH = 20000;

    @Id
    @Column(name = "ORGANISATION_ID")
    private long organisationId;

    @Version
    private long version;

    @Column(name = "BANNED_WORDS", length = LIST_LENGTH)
    private String banned;

    @Column(name = "ALLOWED_WORDS", length = LIST_LENGTH)
    private String allowed;

    @Column(name = "SAVED_UTC_MILLIS", nullable = false)
    private long savedUtcMillis;

    @Column(name = "SAVED_BY", nullable = false, length = 100)
    private String savedBy;

    protected OrganisationWordsEntity() {
    }

    public OrganisationWordsEntity(long organisationId) {
        this.organisationId = organisationId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getBanned() {
        return lines(banned);
    }

    public List<String> getAllowed() {
        return lines(allowed);
    }

    public Instant getSavedAt() {
        return Instant.ofEpochMilli(savedUtcMillis);
    }

    public String getSavedBy() {
        return savedBy;
    }

    /** @param banned and {@code allowed}: entries without line breaks */
    public void save(List<String> banned, List<String> allowed, Instant at, String by) {
        this.banned = String.join("\n", banned);
        this.allowed = String.join("\n", allowed);
        this.savedUtcMillis = at.toEpochMilli();
        this.savedBy = by;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
