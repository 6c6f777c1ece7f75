package org.socialdesk.connector;

import java.util.List;

/**
 * The public face of an account as the network shows it, compared by the registry with its own data.
 *
 * @param officialMark whether the network marks the page as official (VK «Госорганизация», verified)
 * @param accessRights the rights SocialDesk needs that the connector could check with the credentials, granted or
 *                     not; empty when the connector does not check rights
 */
public record AccountCard(String name, String description, String avatarUrl, String coverUrl,
        boolean officialMark, List<AccessRight> accessRights) {

    public AccountCard {
        accessRights = List.copyOf(accessRights);
    }

    /** A card from a connector that does not check rights. */
    public AccountCard(String name, String description, String avatarUrl, String coverUrl, boolean officialMark) {
        this(name, description, avatarUrl, coverUrl, officialMark, List.of());
    }
}
