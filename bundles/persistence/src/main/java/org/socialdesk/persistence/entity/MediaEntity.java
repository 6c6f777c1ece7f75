package org.socialdesk.persistence.entity;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * A media file of the content plan. The bytes stay in the database with the organisation's other records; their
 * SHA-256 is checked when they are read back, so that a damaged file is never published.
 */
@Entity
@Table(name = "SD_MEDIA")
public class MediaEntity {

    public static final int MAX_BYTES = 1 << 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 300)
    private String fileName;

    @Column(nullable = false, length = 100)
    private String mimeType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(length = 2000)
    private String altText;

    /** Up to 1 GiB: without a length Derby's BLOB would hold 64 KB, too little for a photo. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = MAX_BYTES)
    private byte[] content;

    protected MediaEntity() {
    }

    public MediaEntity(long organisationId, String fileName, String mimeType, String sha256, String altText,
            byte[] content) {
        this.organisationId = organisationId;
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.size = content.length;
        this.sha256 = sha256;
        this.altText = altText;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMimeType() {
        return mimeType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getAltText() {
        return altText;
    }

    public byte[] getContent() {
        return content;
    }
}
