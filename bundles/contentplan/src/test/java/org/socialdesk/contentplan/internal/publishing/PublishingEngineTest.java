package org.socialdesk.contentplan.internal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.JpaDatabase;
import org.socialdesk.persistence.MemoryVault;
import org.socialdesk.persistence.SettableClock;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/** The engine on the real persistence unit, publishing through the real VK connector to a fake VK server. */
class PublishingEngineTest {

    private static final PublishingSettings SETTINGS = PublishingSettings.defaults().withNodeId("node-a");

    @TempDir
    Path data;

    private final Database database = InMemoryDatabase.create();
    private final RowTextContent content = new RowTextContent();
    private final MemoryVault vault = new MemoryVault();
    private final SettableClock clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private FakeVk vk;
    private AuditTrail audit;
    private ConnectorRegistry vkInstalled;
    private long account;

    @BeforeEach
    void startVk() throws IOException {
        vk = FakeVk.start();
        audit = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        vkInstalled = new InstalledConnectors(Map.of("vk", FakeVkConnector.at(vk.baseUrl())));
        account = TestOutbox.account(database, "vk", String.valueOf(vk.community().groupId()));
        vault.put(account, TestOutbox.vkSecrets(vk.userToken(), vk.communityToken()));
    }

    @AfterEach
    void stopVk() {
        vk.close();
        assertEquals(List.of(), vk.violations(), "requests and answers keep to VK's schema");
    }

    @Test
    void publishesDueRowOnceWithThePostIdReadBack() {
        long id = TestOutbox.waitingRow(database, account, 1, "Открыли новый МФЦ в Бийске", clock.instant());
        PublishingEngine engine = engine(vkInstalled, SETTINGS);

        engine.publishDue();
        engine.publishDue();

        PublicationEntity row = TestOutbox.row(database, id);
        FakeCommunity.Post post = onlyPostWith("Открыли новый МФЦ в Бийске");
        assertEquals(TargetState.PUBLISHED.name(), row.getState());
        assertEquals(String.valueOf(post.id()), row.getPostId());
        assertEquals("https://vk.com/wall-" + vk.community().groupId() + "_" + post.id(), row.getUrl());
        assertEquals(post.date(), row.getPublishedAt());
        assertNull(row.getLeaseOwner());
        assertEquals(1, vk.calls("wall.post").size());
        assertEquals(List.of(id + ": PUBLISHING by system", id + ": PUBLISHED by system"), content.changes());
        assertEquals(List.of("PUBLICATION_PUBLISHED"), actions());
    }

    @Test
    void leavesRowsThatAreNotDueAlone() {
        long id = TestOutbox.waitingRow(database, account, 1, "Завтра прямая линия", clock.instant().plusSeconds(1));

        engine(vkInstalled, SETTINGS).publishDue();

        PublicationEntity row = TestOutbox.row(database, id);
        assertEquals(TargetState.WAITING.name(), row.getState());
        assertEquals(0, row.getAttempts());
        assertEquals(List.of(), vk.calls());
    }

    @Test
    void waitsExactlyAsLongAsTheNetworkAsksAfterARateLimit() {
        long id = TestOutbox.waitingRow(database, account, 1, "График приёма граждан", clock.instant());
        PublishingEngine engine = engine(vkInstalled, SETTINGS);
        vk.failNext(9);

        engine.publishDue();

        PublicationEntity limited = TestOutbox.row(database, id);
        assertEquals(TargetState.WAITING.name(), limited.getState());
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), limited.getNextAttempt());
        assertTrue(limited.getFailure().startsWith("The network asks to slow down"), limited.getFailure());
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        engine.publishDue();
        assertEquals(1, vk.calls().size(), "no call before the wait is over");
        clock.advance(Duration.ofSeconds(1));
        engine.publishDue();
        assertEquals(TargetState.PUBLISHED.name(), TestOutbox.row(database, id).getState());
        assertEquals(1, vk.community().posts().size());
        assertEquals(List.of("PUBLICATION_RETRY_SCHEDULED", "PUBLICATION_PUBLISHED"), actions());
    }

    @Test
    void asksTheNetworkAfterALostAnswerInsteadOfPostingTwice() {
        long id = TestOutbox.waitingRow(database, account, 1, "Итоги сессии краевого парламента", clock.instant());
        PublishingEngine engine = engine(vkInstalled, SETTINGS);
        vk.loseNextAnswerTo("wall.post");

        engine.publishDue();

        PublicationEntity lost = TestOutbox.row(database, id);
        assertEquals(TargetState.WAITING.name(), lost.getState());
        assertTrue(lost.isCallStarted());
        assertEquals(clock.instant().plus(Duration.ofSeconds(30)), lost.getNextAttempt(), "first backoff step");
        assertEquals(1, vk.community().posts().size(), "the post was made, only its answer was lost");
        clock.advance(Duration.ofSeconds(30));
        engine.publishDue();

        PublicationEntity row = TestOutbox.row(database, id);
        assertEquals(TargetState.PUBLISHED.name(), row.getState());
        assertEquals(String.valueOf(onlyPostWith("Итоги сессии краевого парламента").id()), row.getPostId());
        assertEquals(1, vk.calls("wall.post").size());
        assertEquals(1, vk.calls("wall.get").size());
        assertTrue(auditSummaries().get(1).contains("found on the network after an interrupted attempt"));
    }

    @Test
    void backsOffExponentiallyUpToTheCap() {
        assertEquals(List.of(30L, 60L, 120L, 240L, 3600L, 3600L), List.of(1, 2, 3, 4, 8, 40).stream()
                .map(attempts -> SETTINGS.backoff(attempts).toSeconds()).toList());
    }

    @Test
    void stopsForAPersonWhenTheTokenIsRefused() {
        long id = TestOutbox.waitingRow(database, account, 1, "Конкурс для молодых семей", clock.instant());
        PublishingEngine engine = engine(vkInstalled, SETTINGS);
        vk.failNext(5);

        engine.publishDue();
        clock.advance(Duration.ofDays(1));
        engine.publishDue();

        PublicationEntity row = TestOutbox.row(database, id);
        assertEquals(TargetState.NEEDS_PERSON.name(), row.getState());
        assertNull(row.getNextAttempt());
        assertTrue(row.getFailure().startsWith("The network refused the account's credentials"), row.getFailure());
        assertEquals(1, vk.calls().size(), "no retry");
        assertEquals(List.of("PUBLICATION_FAILED"), actions());
        assertTrue(auditSummaries().stream().noneMatch(summary -> summary.contains(vk.userToken())
                || summary.contains(vk.communityToken())));
    }

    @Test
    void waitsForAMissingConnectorAWhileThenStopsForAPerson() {
        long recent = TestOutbox.waitingRow(database, account, 1, "Новости здравоохранения", clock.instant());
        long overdue = TestOutbox.waitingRow(database, account, 2, "Новости культуры",
                clock.instant().minus(PublishingEngine.CONNECTOR_GRACE));

        engine(new InstalledConnectors(Map.of()), SETTINGS).publishDue();

        PublicationEntity waiting = TestOutbox.row(database, recent);
        assertEquals(TargetState.WAITING.name(), waiting.getState());
        assertEquals("No connector for network 'vk' is installed yet", waiting.getFailure());
        PublicationEntity stopped = TestOutbox.row(database, overdue);
        assertEquals(TargetState.NEEDS_PERSON.name(), stopped.getState());
        assertEquals("No connector for network 'vk' is installed", stopped.getFailure());
    }

    @Test
    void stopsForAPersonWhenTheVaultHasNoCredentials() {
        vault.put(account, Map.of());
        long id = TestOutbox.waitingRow(database, account, 1, "Новости образования", clock.instant());

        engine(vkInstalled, SETTINGS).publishDue();

        PublicationEntity row = TestOutbox.row(database, id);
        assertEquals(TargetState.NEEDS_PERSON.name(), row.getState());
        assertEquals("No credentials for the account are stored in the token vault", row.getFailure());
        assertEquals(List.of(), vk.calls());
    }

    @Test
    void takesOverARowWhoseLeaseRanOutAndFindsThePostTheDeadNodeMade() {
        long expired = TestOutbox.waitingRow(database, account, 1, "Пост упавшего узла", clock.instant());
        long held = TestOutbox.waitingRow(database, account, 2, "Пост живого узла", clock.instant());
        leaseTo(expired, "node-dead", clock.instant().minusSeconds(1));
        leaseTo(held, "node-alive", clock.instant().plusSeconds(60));
        long madeByDeadNode = vk.community().addPost("Пост упавшего узла");

        engine(vkInstalled, SETTINGS).publishDue();

        PublicationEntity row = TestOutbox.row(database, expired);
        assertEquals(TargetState.PUBLISHED.name(), row.getState());
        assertEquals(String.valueOf(madeByDeadNode), row.getPostId());
        assertEquals(List.of(), vk.calls("wall.post"));
        assertEquals("node-alive", TestOutbox.row(database, held).getLeaseOwner());
        assertEquals(TargetState.PUBLISHING.name(), TestOutbox.row(database, held).getState());
        assertEquals(List.of("PUBLICATION_TAKEN_OVER", "PUBLICATION_PUBLISHED"), actions());
    }

    @Test
    void handsPostsOverEarlyToANetworkThatHoldsThemWhenALeadIsSet() {
        Instant due = clock.instant().plus(Duration.ofMinutes(5));
        long early = TestOutbox.waitingRow(database, account, 1, "Анонс фестиваля", due);
        long later = TestOutbox.waitingRow(database, account, 2, "Итоги фестиваля", due.plus(Duration.ofHours(1)));

        engine(vkInstalled, SETTINGS.withNativeLead(Duration.ofMinutes(10))).publishDue();

        assertEquals(TargetState.PUBLISHED.name(), TestOutbox.row(database, early).getState());
        assertEquals(String.valueOf(due.getEpochSecond()), vk.calls("wall.post").get(0).params().get("publish_date"));
        assertTrue(onlyPostWith("Анонс фестиваля").delayed());
        assertEquals(TargetState.WAITING.name(), TestOutbox.row(database, later).getState());
    }

    @Test
    void twoNodesOnOneDatabaseNeverPublishARowTwice() throws Exception {
        // two persistence units on one database, each with its own cache, as two nodes would have
        String shared = "memory:two-nodes-" + UUID.randomUUID();
        Database nodeA = nodeDatabase(shared, true);
        Database nodeB = nodeDatabase(shared, false);
        long sharedAccount = TestOutbox.account(nodeA, "vk", String.valueOf(vk.community().groupId()));
        vault.put(sharedAccount, TestOutbox.vkSecrets(vk.userToken(), vk.communityToken()));
        for (int i = 1; i <= 40; i++) {
            TestOutbox.waitingRow(nodeA, sharedAccount, i, "Пост номер " + i, Instant.now().minusSeconds(1));
        }
        PublishingSettings fast = SETTINGS.withPollInterval(Duration.ofMillis(5));
        List<PublishingEngine> nodes = List.of(
                new PublishingEngine(nodeA, vkInstalled, vault, content,
                        new AuditTrail(nodeA, new ChainHeadFile(data.resolve("chain-head-a"))),
                        fast.withNodeId("node-a"), Clock.systemUTC()),
                new PublishingEngine(nodeB, vkInstalled, vault, content,
                        new AuditTrail(nodeB, new ChainHeadFile(data.resolve("chain-head-b"))),
                        fast.withNodeId("node-b"), Clock.systemUTC()));
        nodes.forEach(PublishingEngine::start);
        try {
            Instant deadline = Instant.now().plusSeconds(60);
            while (TestOutbox.rows(nodeA).stream().anyMatch(row -> !row.getState().equals("PUBLISHED"))
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
        } finally {
            nodes.forEach(PublishingEngine::stop);
        }

        Map<String, Long> postsByGuid = vk.calls("wall.post").stream()
                .collect(Collectors.groupingBy(call -> call.params().get("guid"), Collectors.counting()));
        assertEquals(40, postsByGuid.size());
        assertTrue(postsByGuid.values().stream().allMatch(count -> count == 1), postsByGuid.toString());
        Map<String, FakeCommunity.Post> posts = vk.community().posts().stream()
                .collect(Collectors.toMap(FakeCommunity.Post::text, Function.identity()));
        for (PublicationEntity row : TestOutbox.rows(nodeA)) {
            assertEquals(TargetState.PUBLISHED.name(), row.getState());
            assertEquals(String.valueOf(posts.get(row.getVariantText()).id()), row.getPostId());
        }
    }

    private static Database nodeDatabase(String name, boolean create) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        if (create) {
            dataSource.setCreateDatabase("create");
        } else {
            properties.put("eclipselink.ddl-generation", "none");
        }
        return new JpaDatabase(new PersistenceProvider().createEntityManagerFactory("socialdesk", properties));
    }

    private PublishingEngine engine(ConnectorRegistry connectors, PublishingSettings settings) {
        return engine(connectors, settings, clock);
    }

    private PublishingEngine engine(ConnectorRegistry connectors, PublishingSettings settings, Clock engineClock) {
        return new PublishingEngine(database, connectors, vault, content, audit, settings, engineClock);
    }

    private void leaseTo(long id, String node, Instant until) {
        database.write(em -> {
            PublicationEntity row = em.find(PublicationEntity.class, id);
            row.setState(TargetState.PUBLISHING.name());
            row.setLease(node, until);
            row.setCallStarted(true);
            row.setAttempts(1);
            return null;
        });
    }

    private FakeCommunity.Post onlyPostWith(String text) {
        List<FakeCommunity.Post> posts = vk.community().posts().stream().filter(p -> p.text().equals(text)).toList();
        assertEquals(1, posts.size(), "posts with the text " + text);
        assertNotNull(posts.get(0));
        return posts.get(0);
    }

    private List<String> actions() {
        return audit().stream().map(AuditEntryEntity::getAction).toList();
    }

    private List<String> auditSummaries() {
        return audit().stream().map(AuditEntryEntity::getSummary).toList();
    }

    private List<AuditEntryEntity> audit() {
        return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e ORDER BY e.sequence",
                AuditEntryEntity.class).getResultList());
    }
}
