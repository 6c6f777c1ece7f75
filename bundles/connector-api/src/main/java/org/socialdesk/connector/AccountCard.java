package org.socialdesk.connector;

/**
 * The public face of an account as the network shows it, compared by the registry with its own data.
 *
 * @param officialMark whether the network marks the page as official (VK «Госорганизация», verified)
 */
public record AccountCard(String name, String description, String avatarUrl, String coverUrl,
        boolean officialMark) {
}
