package org.socialdesk.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.socialdesk.core.model.Format;

/**
 * One post to publish on one account.
 *
 * @param idempotencyKey the core's key for this (plan item, account) pair; the same key never posts twice
 * @param text           the text for this network (already the network-specific variant)
 * @param publishAt      for networks with native scheduling: when the network should show the post; {@code null}
 *                       publishes now
 * @param poll           the poll of a {@link Format#POLL} publication, otherwise {@code null}
 */
public record Publication(String idempotencyKey, Format format, String text, List<Media> media, Poll poll,
        Instant publishAt) {

    public Publication {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(format, "format");
        text = text == null ? "" : text;
        media = List.copyOf(media == null ? List.of() : media);
    }

    public static Publication text(String idempotencyKey, String text) {
        return new Publication(idempotencyKey, Format.TEXT, text, List.of(), null, null);
    }
}
