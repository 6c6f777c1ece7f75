package org.socialdesk.core.model;

import java.util.Objects;

/**
 * One official page, group or channel on one network.
 *
 * @param network   connector id ({@code vk}, {@code ok}, {@code telegram}) or a free-text network name
 * @param networkId the network's own id or screen name of the page
 */
public record Account(Long id, long organisationId, String network, String url, String networkId, String title,
        AccountState state, boolean demo) {

    public Account {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(url, "url");
        state = state == null ? AccountState.ACTIVE : state;
    }
}
