package org.socialdesk.core.contentplan;

import java.util.Objects;

/**
 * A media file stored for a plan item; the bytes are kept by {@link MediaStore}.
 *
 * @param sha256 hex SHA-256 of the bytes, checked when the file is read back for publishing
 */
public record Attachment(long mediaId, String fileName, String mimeType, long size, String sha256, String altText) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
