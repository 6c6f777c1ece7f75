package org.socialdesk.core.contentplan;

import org.socialdesk.core.security.Caller;

/** Media files of plan items, stored in the database with their SHA-256. */
public interface MediaStore {

    /** Stores a file for the caller's organisation and returns its description. */
    Attachment store(Caller caller, long organisationId, String fileName, String mimeType, byte[] content,
            String altText);

    /** The file's bytes, after checking them against the stored SHA-256. */
    byte[] content(Caller caller, long mediaId);
}
