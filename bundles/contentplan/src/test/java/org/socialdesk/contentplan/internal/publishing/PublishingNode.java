package org.socialdesk.contentplan.internal.publishing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.persistence.MemoryVault;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * One node of the publishing engine in a process of its own, for {@link PublishingCrashTest} to kill: the real
 * engine and the real VK connector, pointed at the test's fake VK server, on the test's database on disk. It prints
 * {@code STARTED} once it polls, and exits with 0 once every row is published.
 *
 * <p>Arguments: database folder, audit chain head file, VK base URL, user token, community token, lease (ms).
 */
public final class PublishingNode {

    private PublishingNode() {
    }

    public static void main(String[] args) throws Exception {
        try (DiskDatabase disk = DiskDatabase.open(Path.of(args[0]))) {
            AuditTrail audit = new AuditTrail(disk.database(), new ChainHeadFile(Path.of(args[1])));
            MemoryVault vault = new MemoryVault();
            long account = disk.database().read(em -> em.createQuery("SELECT p.accountId FROM PublicationEntity p",
                    Long.class).setMaxResults(1).getSingleResult());
            vault.put(account, TestOutbox.vkSecrets(args[3], args[4]));
            PublishingEngine engine = new PublishingEngine(disk.database(),
                    new InstalledConnectors(Map.of("vk", FakeVkConnector.at(args[2]))), vault, new RowTextContent(),
                    audit, PublishingSettings.defaults().withPollInterval(Duration.ofMillis(100))
                            .withLease(Duration.ofMillis(Long.parseLong(args[5]))),
                    Clock.systemUTC());
            engine.start();
            System.out.println("STARTED");
            while (TestOutbox.rows(disk.database()).stream()
                    .map(PublicationEntity::getState).anyMatch(state -> !state.equals(TargetState.PUBLISHED.name()))) {
                Thread.sleep(50);
            }
            engine.stop();
        }
        System.out.println("ALL PUBLISHED");
        System.exit(0);
    }
}
