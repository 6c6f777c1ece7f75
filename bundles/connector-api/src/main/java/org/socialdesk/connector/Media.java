package org.socialdesk.connector;

import java.util.Objects;

/**
 * A photo, video or animation attached to a publication.
 *
 * @param altText description of the image for people who cannot see it
 */
public record Media(String fileName, String mimeType, byte[] content, String altText) {

    public Media {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(content, "content");
    }

    public boolean isVideo() {
        return mimeType.startsWith("video/");
    }
}
