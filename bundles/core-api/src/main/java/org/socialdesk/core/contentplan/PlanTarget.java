package org.socialdesk.core.contentplan;

import java.time.Instant;
import java.util.Objects;

/**
 * One account a plan item is published on, and how far that publication got.
 *
 * @param text        this network's variant of the text, or {@code null} for the item's common text
 * @param postId      the network's id of the verified post, or {@code null}
 * @param url         public address of the verified post, or {@code null}
 * @param publishedAt when the network shows the post, or {@code null}
 * @param failure     why it stopped or last failed, readable by a person, or {@code null}
 */
public record PlanTarget(long accountId, String text, TargetState state, String postId, String url,
        Instant publishedAt, String failure) {

    public PlanTarget {
        Objects.requireNonNull(state, "state");
    }

    /** A target of a new or edited item. */
    public static PlanTarget of(long accountId, String variantText) {
        return new PlanTarget(accountId, variantText, TargetState.PENDING, null, null, null, null);
    }
}
