package org.socialdesk.registry.internal;

import java.time.ZoneId;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;

/** Converts stored rows to the API's records, so that no entity leaves the core. */
final class Mapping {

    private Mapping() {
    }

    static Organisation organisation(OrganisationEntity e) {
        return new Organisation(e.getId(), e.getName(), e.getShortName(), e.getKind(), e.getParentId(),
                e.getWebsite(), e.getRegion(), ZoneId.of(e.getTimeZone()), e.isDemo());
    }

    static Account account(AccountEntity e) {
        return new Account(e.getId(), e.getOrganisationId(), e.getNetwork(), e.getUrl(), e.getNetworkId(),
                e.getTitle(), e.getState(), e.isDemo());
    }

    static OrganisationEntity entity(Organisation o) {
        OrganisationEntity e = new OrganisationEntity();
        e.setName(o.name());
        e.setShortName(o.shortName());
        e.setKind(o.kind());
        e.setParentId(o.parentId());
        e.setWebsite(o.website());
        e.setRegion(o.region());
        e.setTimeZone(o.timeZone().getId());
        e.setDemo(o.demo());
        return e;
    }

    static AccountEntity entity(Account a) {
        AccountEntity e = new AccountEntity();
        e.setOrganisationId(a.organisationId());
        e.setNetwork(a.network());
        e.setUrl(a.url());
        e.setNetworkId(a.networkId());
        e.setTitle(a.title());
        e.setState(a.state());
        e.setDemo(a.demo());
        return e;
    }
}
