package org.socialdesk.moderation.internal;

import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.persistence.entity.AccountEntity;

/** A registry account as moderation talks to its network about it. */
record ConnectedAccount(long id, long organisationId, String network, NetworkAccount onNetwork) {

    static ConnectedAccount of(AccountEntity account) {
        return new ConnectedAccount(account.getId(), account.getOrganisationId(), account.getNetwork(),
                new NetworkAccount(account.getNetworkId(), account.getUrl()));
    }
}
