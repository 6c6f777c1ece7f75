package org.socialdesk.moderation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;
import org.socialdesk.connector.vk.internal.VkConfig;
import org.socialdesk.connector.vk.internal.VkConnector;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.MemoryVault;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.AuditEntryEntity;
import org.socialdesk.persistence.entity.CommentEntity;

/**
 * Moderation on the real persistence unit in memory, with the real VK connector talking to a {@link FakeVk}:
 * organisation 1 has the VK community's account, organisation 2 is another body.
 */
final class ModerationFixture implements AutoCloseable {

    static final long ORG_A = 1;
    static final long ORG_B = 2;
    static final Caller MODERATOR_A = new Caller("moderator-a", Map.of(Role.MODERATOR, Set.of(ORG_A)));
    static final Caller MODERATOR_B = new Caller("moderator-b", Map.of(Role.MODERATOR, Set.of(ORG_B)));
    static final Caller AUDITOR = new Caller("auditor", Map.of(Role.AUDITOR, Set.of()));
    static final Caller EDITOR_A = new Caller("editor-a", Map.of(Role.EDITOR, Set.of(ORG_A)));

    final CrashingDatabase database;
    final AuditTrail audit;
    final FakeVk vk;
    final FakeCommunity community;
    final Connectors connectors = new Connectors();
    final MemoryVault vault = new MemoryVault();
    final ModerationEvents events = new ModerationEvents();
    final Map<Long, PlanItem> planItems = new HashMap<>();
    final long vkAccount;
    final ModerationQueueImpl queue;
    final CommentIngest ingest;
    final long postId;

    ModerationFixture(Path data) throws Exception {
        this(data, AutoDeleteRules.none());
    }

    ModerationFixture(Path data, AutoDeleteRules autoDelete) throws Exception {
        database = new CrashingDatabase(InMemoryDatabase.create());
        audit = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        vk = FakeVk.start();
        community = vk.community();
        community.limitCommentPages(3);
        connectors.add(new VkConnector(vkConfig(vk.baseUrl())));
        vkAccount = account(ORG_A, "vk", String.valueOf(community.groupId()), "https://vk.com/club"
                + community.groupId(), false, AccountState.ACTIVE);
        vault.put(vkAccount, Map.of("access_token", vk.userToken(), "community_token",
                vk.communityToken()));
        postId = community.addPost("Открыта запись в поликлинику");
        queue = new ModerationQueueImpl(database, audit, connectors, vault, events, contentPlan(),
                Clock.systemUTC());
        ingest = new CommentIngest(database, audit, connectors, vault, events, autoDelete, new String[0],
                new String[0], Clock.systemUTC());
    }

    long account(long organisationId, String network, String networkId, String url, boolean demo,
            AccountState state) {
        return database.write(em -> {
            AccountEntity account = new AccountEntity();
            account.setOrganisationId(organisationId);
            account.setNetwork(network);
            account.setNetworkId(networkId);
            account.setUrl(url);
            account.setTitle("Аккаунт " + url);
            account.setState(state);
            account.setDemo(demo);
            em.persist(account);
            em.flush();
            return account.getId();
        });
    }

    /** Reads every account once. */
    void poll() {
        ingest.readAll();
    }

    long comment(String text) {
        community.addComment(postId, text);
        poll();
        return stored(text).getId();
    }

    /** A scripted network with these actions and an account of organisation A on it, with credentials. */
    ScriptedNetwork scriptedNetwork(String id, Set<ModerationAction> actions) {
        ScriptedNetwork network = new ScriptedNetwork(id, actions);
        connectors.add(network);
        long account = account(ORG_A, id, "group-" + id, "https://" + id + ".example/g", false, AccountState.ACTIVE);
        vault.put(account, Map.of("token", "secret"));
        return network;
    }

    /** A comment written on the scripted network, read into the queue: its id there. */
    long comment(ScriptedNetwork network, String text) {
        network.addComment(text);
        poll();
        return stored(text).getId();
    }

    CommentEntity stored(String text) {
        return database.read(em -> em.createQuery("SELECT c FROM CommentEntity c WHERE c.text = :text",
                CommentEntity.class).setParameter("text", text).getSingleResult());
    }

    List<CommentEntity> comments() {
        return database.read(em -> em.createQuery("SELECT c FROM CommentEntity c ORDER BY c.id",
                CommentEntity.class).getResultList());
    }

    List<AuditEntryEntity> audited(String action) {
        return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.action = :action "
                + "ORDER BY e.sequence", AuditEntryEntity.class).setParameter("action", action).getResultList());
    }

    <T> T read(Function<EntityManager, T> work) {
        return database.read(work);
    }

    @Override
    public void close() {
        ingest.stop();
        events.stop();
        vk.close();
        if (!vk.violations().isEmpty()) {
            throw new AssertionError("VK's schema was broken:\n" + String.join("\n", vk.violations()));
        }
    }

    /** Only {@code find}: the queue reads reply templates and nothing else of the content plan. */
    private ContentPlanService contentPlan() {
        return (ContentPlanService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContentPlanService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        PlanItem item = planItems.get((Long) args[1]);
                        if (item == null) {
                            throw new NoSuchElementException("no plan item " + args[1]);
                        }
                        return item;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Rate limits lifted: the limiter has its own tests in the connector. */
    private static VkConfig vkConfig(String baseUrl) {
        return new VkConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return VkConfig.class;
            }

            @Override
            public String baseUrl() {
                return baseUrl;
            }

            @Override
            public double userTokenRequestsPerSecond() {
                return 1_000;
            }

            @Override
            public double communityTokenRequestsPerSecond() {
                return 1_000;
            }

            @Override
            public int requestTimeoutSeconds() {
                return 5;
            }

            @Override
            public int watchedPosts() {
                return 20;
            }

            @Override
            public int commentsPerPage() {
                return 4;
            }
        };
    }

    /** A test class's base: each test gets a fresh fixture over its own folder, closed after the test. */
    abstract static class PerTest {

        @TempDir
        Path data;

        ModerationFixture fixture;

        @BeforeEach
        void startFixture() throws Exception {
            fixture = new ModerationFixture(data);
        }

        @AfterEach
        void closeFixture() {
            fixture.close();
        }
    }

    static final class Connectors implements ConnectorRegistry {

        private final Map<String, Connector> byNetwork = new HashMap<>();

        void add(Connector connector) {
            byNetwork.put(connector.description().id(), connector);
        }

        @Override
        public List<ConnectorDescription> installed() {
            return byNetwork.values().stream().map(Connector::description).toList();
        }

        @Override
        public Optional<Connector> find(String networkId) {
            return Optional.ofNullable(byNetwork.get(networkId));
        }
    }
}
