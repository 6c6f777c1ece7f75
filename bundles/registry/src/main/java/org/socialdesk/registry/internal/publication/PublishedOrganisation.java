package org.socialdesk.registry.internal.publication;

import java.util.List;
import org.socialdesk.core.model.OrganisationKind;

/**
 * What the public learns about one organisation: the id is public because websites filter by it ({@code ?org=}).
 * Its parent, region, time zone, demo flag and responsible persons are not published.
 *
 * @param shortName may be {@code null}
 * @param website   may be {@code null}
 * @param accounts  its active accounts only, ordered by network and address
 */
record PublishedOrganisation(long id, String name, String shortName, OrganisationKind kind, String website,
        List<PublishedAccount> accounts) {

    public PublishedOrganisation {
        accounts = List.copyOf(accounts);
    }
}
