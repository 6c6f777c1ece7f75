package org.socialdesk.contentplan.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.Limits;
import org.socialdesk.contentplan.internal.publishing.PublishingEngine;
import org.socialdesk.contentplan.internal.publishing.PublishingSettings;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.MemoryVault;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;

/**
 * A Government and a ministry with a VK account (connector installed, small limits), an OK account (no connector)
 * and an archived account each, on the real persistence unit.
 */
final class PlanFixture {

    static final Limits VK_LIMITS = new Limits(100, 50, 2, 1000, 3, 3);

    final Database database = InMemoryDatabase.create();
    final AuditTrail audit;
    final long government;
    final long ministry;
    final long governmentVk;
    final long governmentOk;
    final long ministryVk;
    final long ministryOk;
    final long ministryArchived;

    PlanFixture(Path data) {
        audit = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        government = organisation("Правительство", OrganisationKind.GOVERNMENT, "Asia/Barnaul");
        ministry = organisation("Минздрав", OrganisationKind.EXECUTIVE_BODY, "Asia/Barnaul");
        governmentVk = account(government, "vk", AccountState.ACTIVE);
        governmentOk = account(government, "ok", AccountState.ACTIVE);
        ministryVk = account(ministry, "vk", AccountState.ACTIVE);
        ministryOk = account(ministry, "ok", AccountState.ACTIVE);
        ministryArchived = account(ministry, "vk", AccountState.ARCHIVED);
    }

    ContentPlanServiceImpl plan(boolean secondApprovalForGovernment, Clock clock) {
        return new ContentPlanServiceImpl(database, audit, connectors(), secondApprovalForGovernment, clock);
    }

    /**
     * A publishing engine of its own on the fixture's database, as a node of its own would run, its clock standing
     * at {@code now}; it polls only when the test calls {@link PublishingEngine#publishDue()}. No account has
     * credentials: replies need none.
     */
    PublishingEngine engine(String node, Instant now) {
        Clock clock = Clock.fixed(now, ZoneId.of("UTC"));
        return new PublishingEngine(database, connectors(), new MemoryVault(),
                new PlanItemContent(audit, clock), audit,
                PublishingSettings.defaults().withNodeId(node), clock);
    }

    long organisation(String name, OrganisationKind kind, String zone) {
        return database.write(em -> {
            OrganisationEntity org = new OrganisationEntity();
            org.setName(name);
            org.setKind(kind);
            org.setTimeZone(zone);
            em.persist(org);
            em.flush();
            return org.getId();
        });
    }

    long account(long organisationId, String network, AccountState state) {
        return database.write(em -> {
            AccountEntity account = new AccountEntity();
            account.setOrganisationId(organisationId);
            account.setNetwork(network);
            account.setUrl("https://" + network + ".example/" + System.nanoTime());
            account.setTitle(network + " of " + organisationId);
            account.setState(state);
            em.persist(account);
            em.flush();
            return account.getId();
        });
    }

    /** VK is installed and publishes text, photos and polls; OK has no connector. */
    static ConnectorRegistry connectors() {
        ConnectorDescription vk = new ConnectorDescription("vk", "ВКонтакте",
                Set.of(Format.TEXT, Format.PHOTO, Format.POLL), Set.of(), false, VK_LIMITS);
        Connector connector = (Connector) Proxy.newProxyInstance(Connector.class.getClassLoader(),
                new Class<?>[] {Connector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("description")) {
                        return vk;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ConnectorRegistry() {
            @Override
            public List<ConnectorDescription> installed() {
                return List.of(vk);
            }

            @Override
            public Optional<Connector> find(String networkId) {
                return networkId.equals("vk") ? Optional.of(connector) : Optional.empty();
            }
        };
    }

    static Caller editor(long organisationId) {
        return new Caller("editor-" + organisationId, Map.of(Role.EDITOR, Set.of(organisationId)));
    }

    static Caller press(String name) {
        return new Caller(name, Map.of(Role.PRESS_OFFICE, Set.of()));
    }

    static Caller auditor() {
        return new Caller("auditor", Map.of(Role.AUDITOR, Set.of()));
    }

    static Caller moderator(long organisationId) {
        return new Caller("moderator-" + organisationId, Map.of(Role.MODERATOR, Set.of(organisationId)));
    }

    static PlanItem post(long organisationId, Instant plannedAt, String text, long... accounts) {
        return new PlanItem(null, 0, organisationId, PlanItemKind.POST, null, plannedAt, Format.TEXT, text,
                java.util.Arrays.stream(accounts).mapToObj(a -> PlanTarget.of(a, null)).toList(), null, null, null,
                null, null, null, 0);
    }

    static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("UTC"));
    }
}
