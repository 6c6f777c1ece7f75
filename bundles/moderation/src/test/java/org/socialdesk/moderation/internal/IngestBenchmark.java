package org.socialdesk.moderation.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.moderation.classifier.BenchCorpus;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.JpaDatabase;

/**
 * The ingest path without the network: pages of comments are de-duplicated against the database, classified and
 * stored with their snapshots and the advanced cursor, in one transaction a page, into Derby embedded on disk.
 * Each page repeats the last fifth of the one before, as a connector re-reading after a crash would, so that the
 * de-duplication does real work. Prints comments stored per second; tools/ingest-bench runs it.
 *
 * <p>Usage: {@code IngestBenchmark [CORPUS|builtin] [COMMENTS] [PAGE]}; a corpus line is {@code label<TAB>text}
 * or plain text, {@code #} lines are skipped.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String corpus = args.length > 0 ? args[0] : "builtin";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        List<String> texts = BenchCorpus.read(corpus);
        Path folder = Files.createTempDirectory("ingest-bench");
        EntityManagerFactory factory = onDisk(folder.resolve("db"));
        try {
            Database database = new JpaDatabase(factory);
            RecentTexts recent = new RecentTexts(20_000);
            long started = System.nanoTime();
            PageStore store = new PageStore(database, OrganisationLexicons.shipped(recent), recent,
                    Clock.systemUTC());
            System.out.printf("classifier compiled in %d ms%n", (System.nanoTime() - started) / 1_000_000);

            run(store, texts, 1, 5_000, pageSize);
            Result result = run(store, texts, 2, total, pageSize);
            System.out.printf("%d comments (%d pages of %d, a fifth of each read twice, %d texts from %s)%n",
                    result.stored, result.pages, pageSize, texts.size(), corpus);
            System.out.printf("dedupe + classify + store into Derby on disk: %.1f s, %.0f comments/s%n",
                    result.seconds, result.stored / result.seconds);
            // the machine may be shared: CPU time tells what the work costs, whatever else runs beside it
            System.out.printf("CPU time of the process meanwhile: %.1f s, %.0f comments per CPU second; "
                    + "system load average %.1f on %d cores%n", result.cpuSeconds, result.stored / result.cpuSeconds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("{\"comments\":%d,\"seconds\":%.2f,\"per_second\":%.0f,\"cpu_seconds\":%.2f,"
                    + "\"per_cpu_second\":%.0f,\"cores\":%d}%n", result.stored, result.seconds,
                    result.stored / result.seconds, result.cpuSeconds, result.stored / result.cpuSeconds,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            factory.close();
            deleteTree(folder);
        }
    }

    /** @param cpuSeconds the process's CPU time meanwhile, every thread (Derby's included) counted */
    private record Result(long stored, int pages, double seconds, double cpuSeconds) {
    }

    /** Stores {@code total} comments on a fresh account; the first account only warms the JIT up. */
    private static Result run(PageStore store, List<String> texts, long accountId, int total, int pageSize) {
        ConnectedAccount account = new ConnectedAccount(accountId, accountId % 5, "vk",
                new NetworkAccount("group-" + accountId, "https://vk.com/club" + accountId));
        int overlap = pageSize / 5;
        Instant written = Instant.parse("2026-11-01T00:00:00Z");
        String cursor = null;
        long stored = 0;
        int pages = 0;
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        for (int first = 0; first < total; first += pageSize) {
            List<NetworkComment> page = new ArrayList<>();
            for (int n = Math.max(0, first - overlap); n < Math.min(total, first + pageSize); n++) {
                String id = String.valueOf(n + 1);
                page.add(new NetworkComment(new CommentRef(String.valueOf(n / 500 + 1), id), "id" + (n % 3_000),
                        "Житель " + (n % 3_000), texts.get(n % texts.size()), written.plusSeconds(n), null,
                        "https://vk.com/wall-" + accountId + "_" + (n / 500 + 1) + "?reply=" + id));
            }
            String next = String.valueOf(first + pageSize);
            stored += store.store(account, cursor, new CommentPage(page, next), () -> { }).stored().size();
            cursor = next;
            pages++;
        }
        return new Result(stored, pages, (System.nanoTime() - started) / 1e9, (cpuNanos() - cpuStarted) / 1e9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static EntityManagerFactory onDisk(Path folder) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.toString());
        dataSource.setCreateDatabase("create");
        return new PersistenceProvider().createEntityManagerFactory("socialdesk",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
