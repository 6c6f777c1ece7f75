package org.socialdesk.connector;

import java.util.Objects;
import org.socialdesk.core.registry.AccountRight;

/**
 * Whether the account's credentials hold a right SocialDesk needs on the network.
 *
 * @param detail why it is not granted, in English (e.g. "the bot is not an administrator of the channel"), or
 *               {@code null}
 */
public record AccessRight(AccountRight right, boolean granted, String detail) {

    public AccessRight {
        Objects.requireNonNull(right, "right");
    }
}
