package org.socialdesk.connector;

import java.util.Objects;

/**
 * The account a call is about, as the network knows it.
 *
 * @param networkId the network's id of the page, group or channel (e.g. VK group id, Telegram {@code @channel})
 * @param url       the public address recorded in the registry
 */
public record NetworkAccount(String networkId, String url) {

    public NetworkAccount {
        Objects.requireNonNull(networkId, "networkId");
    }
}
