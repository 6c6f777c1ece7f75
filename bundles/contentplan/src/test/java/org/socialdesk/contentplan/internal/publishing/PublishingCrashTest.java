package org.socialdesk.contentplan.internal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * Kills a publishing node with SIGKILL at the moments that matter and restarts it until every post is out: with
 * the post made by VK but its answer not yet read, while the post's read-back is in flight, while a restarted node
 * asks VK whether an interrupted post exists, and at arbitrary moments in between (claims and commits). In the end
 * VK must hold exactly one post per row, and each row the id of that post.
 */
class PublishingCrashTest {

    private static final int ROWS = 30;
    /** Shorter than a node's start, so that a restarted node takes the killed node's row over at once. */
    private static final long LEASE_MILLIS = 1000;

    private final List<String> log = new ArrayList<>();
    /** A folder of its own in target/, kept after a failure for a look; two builds of the module may run at once. */
    private Path folder;

    @Test
    void killedNodesNeitherLoseNorDuplicatePosts() throws Exception {
        folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "publishing-crash-");
        Path databaseFolder = folder.resolve("db");
        Path chainHead = folder.resolve("chain-head");
        try (FakeVk vk = FakeVk.start()) {
            try (DiskDatabase disk = DiskDatabase.create(databaseFolder)) {
                new AuditTrail(disk.database(), new ChainHeadFile(chainHead));
                long account = TestOutbox.account(disk.database(), "vk", String.valueOf(vk.community().groupId()));
                Instant due = Instant.now().minusSeconds(60);
                for (int i = 1; i <= ROWS; i++) {
                    TestOutbox.waitingRow(disk.database(), account, i, "Пост " + i + " о работе правительства",
                            due.plusMillis(i));
                }
            }
            Node node = new Node(vk, databaseFolder, chainHead);

            // VK made the post, the node has not yet read the answer
            node.killWhenVkIsAsked("wall.post");
            // VK made the post and answered; the node is reading it back
            node.killWhenVkIsAsked("wall.getById");
            // a restarted node asks VK whether the interrupted post exists
            node.killWhenVkIsAsked("wall.get");
            for (long delay : new long[] {50, 250}) {
                // whatever the node does then: a claim, a commit of "call started", a call, a result
                node.killAfter(delay);
            }
            node.runToEnd();

            try (DiskDatabase disk = DiskDatabase.open(databaseFolder)) {
                List<PublicationEntity> rows = TestOutbox.rows(disk.database());
                Map<String, FakeCommunity.Post> posts = vk.community().posts().stream()
                        .collect(Collectors.toMap(FakeCommunity.Post::text, Function.identity()));
                assertEquals(ROWS, vk.community().posts().size(), "one post per row, none twice: " + log);
                assertEquals(ROWS, posts.size(), "no text posted twice");
                for (PublicationEntity row : rows) {
                    assertEquals(TargetState.PUBLISHED.name(), row.getState(), "row " + row.getId());
                    assertEquals(String.valueOf(posts.get(row.getVariantText()).id()), row.getPostId(),
                            "row " + row.getId() + " records the post VK holds");
                    assertEquals(row.getIdempotencyKey(), posts.get(row.getVariantText()).guid());
                }
            }
            // VK makes every post whose request reached it, killed node or not, and a node that finds a call started
            // asks VK before it posts: so no row is ever posted twice, even though VK's guid would hide a repeat
            Map<String, Long> postCalls = vk.calls("wall.post").stream()
                    .collect(Collectors.groupingBy(call -> call.params().get("guid"), Collectors.counting()));
            assertEquals(ROWS, postCalls.size());
            postCalls.forEach((guid, calls) -> assertEquals(1, calls, guid + " posted again; " + log));
            assertEquals(List.of(), vk.violations());
        }
        delete(folder);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Starts {@link PublishingNode} processes one after another on the same database. */
    private final class Node {

        private static final long TIMEOUT_SECONDS = 60;

        private final FakeVk vk;
        private final Path databaseFolder;
        private final Path chainHead;
        private final Path output = folder.resolve("nodes.log");
        private int started;

        Node(FakeVk vk, Path databaseFolder, Path chainHead) {
            this.vk = vk;
            this.databaseFolder = databaseFolder;
            this.chainHead = chainHead;
        }

        /** Starts a node and kills it just before VK answers its next call of the method. */
        void killWhenVkIsAsked(String method) throws Exception {
            Process process = start();
            AtomicBoolean killed = new AtomicBoolean();
            vk.beforeAnswering(method, () -> {
                killed.set(true);
                kill(process);
            });
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "node ran past the timeout");
            assertTrue(killed.get(), "the node was killed at " + method + ", exit " + process.exitValue());
            log.add("killed at " + method);
        }

        /** Kills the node that long after it started polling, unless it finished before. */
        void killAfter(long millis) throws Exception {
            Process process = start();
            waitForStart(process);
            boolean running = !process.waitFor(millis, TimeUnit.MILLISECONDS);
            if (running) {
                kill(process);
            }
            log.add((running ? "killed " : "finished before ") + millis + " ms after start");
        }

        void runToEnd() throws Exception {
            Process process = start();
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "node ran past the timeout");
            assertEquals(0, process.exitValue(), "the last node publishes what is left; see " + output);
        }

        private Process start() throws IOException {
            started++;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dderby.stream.error.file=" + folder.resolve("derby.log").toAbsolutePath(),
                    PublishingNode.class.getName(), databaseFolder.toAbsolutePath().toString(),
                    chainHead.toAbsolutePath().toString(), vk.baseUrl(), vk.userToken(), vk.communityToken(),
                    String.valueOf(LEASE_MILLIS))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .start();
        }

        private void waitForStart(Process process) throws Exception {
            Instant deadline = Instant.now().plusSeconds(TIMEOUT_SECONDS);
            while (startedLines() < started && process.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
        }

        private long startedLines() throws IOException {
            try (Stream<String> lines = Files.lines(output)) {
                return lines.filter(line -> line.equals("STARTED")).count();
            }
        }

        private void kill(Process process) {
            process.destroyForcibly();
            try {
                process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
