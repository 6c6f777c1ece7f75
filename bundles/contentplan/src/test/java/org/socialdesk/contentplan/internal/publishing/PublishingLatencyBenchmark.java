package org.socialdesk.contentplan.internal.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.vk.fake.FakeVk;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.MemoryVault;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;

/**
 * Publishing latency: from a post's due time to the engine's call of the connector, with the default settings
 * (a poll every second), the real VK connector and a fake VK server on loopback, Derby in memory. While the engine
 * runs, a row is written every SPACING milliseconds (250 by default: 4 posts a second on one account, more than
 * VK lets a user token make at 3 requests a second and 2 requests a post), due one second later. Run by
 * {@code tools/publishing-bench}; the figures are reported, not asserted.
 *
 * <p>Usage: PublishingLatencyBenchmark [POSTS [SPACING]]
 */
public final class PublishingLatencyBenchmark {

    /** How long before its due time a row is written, as when an item is approved shortly before its time. */
    private static final Duration NOTICE = Duration.ofSeconds(1);

    private PublishingLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Duration spacing = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 250);
        Path data = Files.createTempDirectory("publishing-bench");
        Database database = InMemoryDatabase.create();
        AuditTrail audit = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        try (FakeVk vk = FakeVk.start()) {
            long account = TestOutbox.account(database, "vk", String.valueOf(vk.community().groupId()));
            MemoryVault vault = new MemoryVault();
            vault.put(account, TestOutbox.vkSecrets(vk.userToken(), vk.communityToken()));
            TimedConnector connector = new TimedConnector(FakeVkConnector.at(vk.baseUrl()));
            PublishingEngine engine = new PublishingEngine(database,
                    new InstalledConnectors(Map.of("vk", connector)), vault, new RowTextContent(), audit,
                    PublishingSettings.defaults(), Clock.systemUTC());
            engine.start();
            Map<String, Instant> due = new ConcurrentHashMap<>();
            for (int i = 0; i < posts; i++) {
                Instant at = Instant.now().plus(NOTICE);
                long id = TestOutbox.waitingRow(database, account, i + 1, "Пост " + (i + 1), at);
                due.put(TestOutbox.row(database, id).getIdempotencyKey(), at);
                Thread.sleep(spacing.toMillis());
            }
            while (connector.calls.size() < posts) {
                Thread.sleep(100);
            }
            engine.stop();
            List<Long> latencies = new ArrayList<>();
            connector.calls.forEach((key, called) -> latencies.add(Duration.between(due.get(key), called).toMillis()));
            latencies.sort(Long::compare);
            Instant firstCall = connector.calls.values().stream().min(Instant::compareTo).orElseThrow();
            Instant lastCall = connector.calls.values().stream().max(Instant::compareTo).orElseThrow();
            System.out.printf("one node published %.1f posts a second (first to last call)%n",
                    (posts - 1) * 1000.0 / Math.max(1, Duration.between(firstCall, lastCall).toMillis()));
            System.out.printf("publishing latency, due time to connector call, %d posts, poll %s: median %d ms, "
                    + "p95 %d ms, max %d ms%n", posts, PublishingSettings.defaults().pollInterval(),
                    latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1),
                    latencies.get(latencies.size() - 1));
        }
    }

    /** The VK connector, noting when each publication's first {@code publish} call began. */
    private static final class TimedConnector implements Connector {

        final Map<String, Instant> calls = new ConcurrentHashMap<>();
        private final Connector connector;

        TimedConnector(Connector connector) {
            this.connector = connector;
        }

        @Override
        public ConnectorDescription description() {
            return connector.description();
        }

        @Override
        public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication)
                throws ConnectorException {
            calls.putIfAbsent(publication.idempotencyKey(), Instant.now());
            return connector.publish(account, credentials, publication);
        }

        @Override
        public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
                Publication publication) throws ConnectorException {
            return connector.findPublished(account, credentials, publication);
        }

        @Override
        public AccountCard readAccountCard(NetworkAccount account, Credentials credentials)
                throws ConnectorException {
            return connector.readAccountCard(account, credentials);
        }

        @Override
        public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
                throws ConnectorException {
            return connector.readComments(account, credentials, cursor);
        }

        @Override
        public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment)
                throws ConnectorException {
            connector.deleteComment(account, credentials, comment);
        }

        @Override
        public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction)
                throws ConnectorException {
            connector.restrictUser(account, credentials, restriction);
        }

        @Override
        public void liftRestriction(NetworkAccount account, Credentials credentials, String userId)
                throws ConnectorException {
            connector.liftRestriction(account, credentials, userId);
        }

        @Override
        public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text)
                throws ConnectorException {
            return connector.reply(account, credentials, comment, text);
        }
    }
}
