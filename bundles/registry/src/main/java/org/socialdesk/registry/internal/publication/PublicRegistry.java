package org.socialdesk.registry.internal.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.OrganisationEntity;

/**
 * Reads the published part of the registry straight from the database on every call: the registry is small, and
 * a change must show on official websites at once, so nothing is cached here.
 */
final class PublicRegistry {

    /** The same order as the registry's own lists: the Government first, then by kind and name. */
    private static final Comparator<PublishedOrganisation> ORDER = Comparator
            .comparing(PublishedOrganisation::kind).thenComparing(PublishedOrganisation::name);

    private final Database database;

    PublicRegistry(Database database) {
        this.database = database;
    }

    /** Every organisation, including those without active accounts: their absence is public information too. */
    List<PublishedOrganisation> all() {
        return database.read(em -> {
            Map<Long, List<PublishedAccount>> accounts = activeAccounts(em, "").stream()
                    .collect(Collectors.groupingBy(row -> (Long) row[0],
                            Collectors.mapping(PublicRegistry::published, Collectors.toList())));
            return em.createNamedQuery("Organisation.all", OrganisationEntity.class).getResultStream()
                    .map(o -> published(o, accounts.getOrDefault(o.getId(), List.of())))
                    .sorted(ORDER).toList();
        });
    }

    Optional<PublishedOrganisation> organisation(long id) {
        return database.read(em -> Optional.ofNullable(em.find(OrganisationEntity.class, id))
                .map(o -> published(o, activeAccounts(em, " AND a.organisationId = " + id).stream()
                        .map(PublicRegistry::published).toList())));
    }

    /**
     * The published columns of active accounts ({@code organisationId, network, url, title}) rather than whole
     * entities: the public registry reads every account on every request, and building and tracking thousands of
     * entities costs several times what the query does.
     */
    private static List<Object[]> activeAccounts(EntityManager em, String condition) {
        return em.createQuery("SELECT a.organisationId, a.network, a.url, a.title FROM AccountEntity a"
                + " WHERE a.state = :state" + condition + " ORDER BY a.network, a.url", Object[].class)
                .setParameter("state", AccountState.ACTIVE).getResultList();
    }

    private static PublishedOrganisation published(OrganisationEntity o, List<PublishedAccount> accounts) {
        return new PublishedOrganisation(o.getId(), o.getName(), o.getShortName(), o.getKind(), o.getWebsite(),
                accounts);
    }

    private static PublishedAccount published(Object[] row) {
        return new PublishedAccount((String) row[1], (String) row[2], (String) row[3]);
    }
}
