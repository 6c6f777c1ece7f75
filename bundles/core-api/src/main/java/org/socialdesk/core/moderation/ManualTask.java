package org.socialdesk.core.moderation;

import java.time.Instant;

/**
 * Moderation a person has to do by hand on the network, because its API cannot (e.g. deleting a comment on
 * Odnoklassniki, or deleting a Telegram message older than 48 hours).
 *
 * @param action   what to do, e.g. {@code DELETE_COMMENT}, {@code RESTRICT_USER}
 * @param link     direct link to the comment or the author on the network
 * @param doneBy   who marked it done, or {@code null} while open
 */
public record ManualTask(long id, long commentId, long organisationId, String action, String link, String note,
        Instant createdAt, String createdBy, Instant doneAt, String doneBy) {

    public boolean open() {
        return doneAt == null;
    }
}
