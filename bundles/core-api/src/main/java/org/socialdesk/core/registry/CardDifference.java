package org.socialdesk.core.registry;

import java.util.Objects;

/**
 * One field of an account's public card where the network and the registry disagree.
 *
 * @param registryValue the registry's value: the title for {@link CardField#TITLE}, otherwise {@code "true"} or
 *                      {@code "false"} for whether the registry records the thing as present
 * @param networkValue  the network's value, in the same form
 */
public record CardDifference(CardField field, String registryValue, String networkValue) {

    public CardDifference {
        Objects.requireNonNull(field, "field");
    }

    /** The public card's fields the registry also keeps. */
    public enum CardField {
        /** The account's name; values are texts. */
        TITLE,
        /** Whether a text description is present. */
        DESCRIPTION,
        /** Whether an avatar is present. */
        AVATAR,
        /** Whether a cover is present. */
        COVER,
        /** Whether the network marks the account as official. */
        OFFICIAL_MARK;

        /** Whether the values are texts rather than {@code "true"} or {@code "false"}. */
        public boolean textual() {
            return this == TITLE;
        }
    }
}
