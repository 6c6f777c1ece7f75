package org.socialdesk.core.registry;

import java.util.Objects;

/**
 * A right SocialDesk needs that the account's credentials do not hold on the network.
 *
 * @param detail the connector's account of it in English (e.g. that the bot is no administrator at all), or
 *               {@code null}
 */
public record MissingRight(AccountRight right, String detail) {

    public MissingRight {
        Objects.requireNonNull(right, "right");
    }
}
