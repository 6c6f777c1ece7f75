package org.socialdesk.contentplan.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.JpaDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;

/**
 * Calendar week of one organisation and the quota table of every account, on an embedded Derby database on disk
 * with 60 organisations, 10,000 accounts and 100,000 plan items (one to three targets each) spread over 20 weeks
 * around now. Prints median and 95th percentile of repeated runs; the target is under 200 ms each.
 * Usage: {@code tools/contentplan-bench [DIRECTORY]} (default {@code bundles/contentplan/target/bench-db}); an
 * existing database in the directory is reused.
 */
public final class ContentPlanBenchmark {

    private static final int ORGANISATIONS = 60;
    private static final int ACCOUNTS = 10_000;
    private static final int ITEMS = 100_000;
    private static final int WEEKS = 20;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;
    private static final String[] NETWORKS = {"vk", "ok", "telegram"};

    private ContentPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench-db").toAbsolutePath();
        Files.createDirectories(directory);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("derby").toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("socialdesk",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        JpaDatabase database = new JpaDatabase(factory);
        Instant now = Instant.now();
        ZoneId zone = Organisation.ALTAI;
        IsoWeek week = IsoWeek.of(now, zone);
        // the first unit of work creates the tables
        AuditTrail audit = new AuditTrail(database, new ChainHeadFile(directory.resolve("chain-head")));
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection, "SD_PLAN_ITEM") < ITEMS) {
                long started = System.nanoTime();
                fill(connection, week.start(zone).minusSeconds(WEEKS / 2 * 7 * 86400L));
                System.out.printf("filled in %.1f s%n", (System.nanoTime() - started) / 1e9);
            }
            System.out.printf("%d organisations, %d accounts, %d plan items, %d outbox rows%n",
                    count(connection, "SD_ORGANISATION"), count(connection, "SD_ACCOUNT"),
                    count(connection, "SD_PLAN_ITEM"), count(connection, "SD_PUBLICATION"));
        }
        ContentPlanServiceImpl plan = new ContentPlanServiceImpl(database, audit, PlanFixture.connectors(), false,
                Clock.systemUTC());
        QuotaServiceImpl quotas = new QuotaServiceImpl(database);
        long organisation = ORGANISATIONS / 2;
        PlanQuery calendar = PlanQuery.between(organisation, week.start(zone), week.end(zone));
        printLoad("before");
        measure("calendar week of one organisation", () -> plan.list(Caller.SYSTEM, calendar).size());
        measure("quota table of every account", () -> quotas.week(Caller.SYSTEM, null, week).size());
        printLoad("after");
        factory.close();
    }

    private static void measure(String what, Supplier<Integer> work) {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-36s %6d rows  median %7.1f ms  p95 %7.1f ms%n", what, size, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1]);
    }

    /** Figures from a shared machine mean little without how busy it was. */
    private static void printLoad(String when) {
        System.out.printf("system load average %s: %.2f on %d processors%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Bulk inserts with JDBC into the tables the persistence unit created; identity columns of a fresh table count
     * from 1 in insert order, which the rows rely on to name their items and accounts.
     */
    private static void fill(Connection connection, Instant first) throws SQLException {
        connection.setAutoCommit(false);
        Random random = new Random(48);
        try (PreparedStatement org = connection.prepareStatement("INSERT INTO SD_ORGANISATION (NAME, KIND, "
                + "TIMEZONE, DEMO) VALUES (?, ?, 'Asia/Barnaul', 0)")) {
            for (int i = 1; i <= ORGANISATIONS; i++) {
                org.setString(1, "Организация " + i);
                org.setString(2, i == 1 ? "GOVERNMENT" : "EXECUTIVE_BODY");
                org.addBatch();
            }
            org.executeBatch();
        }
        List<List<Integer>> accountsOf = new ArrayList<>();
        for (int i = 0; i <= ORGANISATIONS; i++) {
            accountsOf.add(new ArrayList<>());
        }
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO SD_ACCOUNT (ORGANISATIONID, "
                + "NETWORK, URL, TITLE, STATE, DEMO) VALUES (?, ?, ?, ?, 'ACTIVE', 0)")) {
            for (int i = 1; i <= ACCOUNTS; i++) {
                int organisation = 1 + (i - 1) % ORGANISATIONS;
                accountsOf.get(organisation).add(i);
                account.setLong(1, organisation);
                account.setString(2, NETWORKS[i % NETWORKS.length]);
                account.setString(3, "https://bench.example/" + i);
                account.setString(4, "Аккаунт " + i);
                account.addBatch();
            }
            account.executeBatch();
        }
        long span = WEEKS * 7 * 86400_000L;
        long nowMillis = System.currentTimeMillis();
        try (PreparedStatement item = connection.prepareStatement("INSERT INTO SD_PLAN_ITEM (VERSION, "
                + "ORGANISATION_ID, KIND, PLANNED_UTC_MILLIS, FORMAT, TEXT, STATE, APPROVALS, PUBLICATION_ROUND, "
                + "POLLANONYMOUS, POLLMULTIPLEANSWERS) VALUES (1, ?, 'POST', ?, 'TEXT', ?, ?, 1, 1, 0, 0)");
                PreparedStatement row = connection.prepareStatement("INSERT INTO SD_PUBLICATION (VERSION, "
                        + "PLAN_ITEM_ID, ACCOUNT_ID, STATE, IDEMPOTENCY_KEY, DUE_UTC_MILLIS, ATTEMPTS, "
                        + "CALL_STARTED, PUBLISHED_UTC_MILLIS) VALUES (1, ?, ?, ?, ?, ?, 0, 0, ?)")) {
            for (int i = 1; i <= ITEMS; i++) {
                int organisation = 1 + random.nextInt(ORGANISATIONS);
                long planned = first.toEpochMilli() + (long) (random.nextDouble() * span);
                boolean past = planned < nowMillis;
                item.setLong(1, organisation);
                item.setLong(2, planned);
                item.setString(3, "Публикация номер " + i + " о событиях недели в крае");
                item.setString(4, past ? "PUBLISHED" : "SCHEDULED");
                item.addBatch();
                List<Integer> accounts = accountsOf.get(organisation);
                int targets = 1 + random.nextInt(3);
                int start = random.nextInt(accounts.size());
                for (int t = 0; t < targets; t++) {
                    int accountId = accounts.get((start + t) % accounts.size());
                    row.setLong(1, i);
                    row.setLong(2, accountId);
                    row.setString(3, past ? "PUBLISHED" : "WAITING");
                    row.setString(4, TargetRows.idempotencyKey(i, accountId, 1));
                    row.setLong(5, planned);
                    if (past) {
                        row.setLong(6, planned + 5_000);
                    } else {
                        row.setNull(6, java.sql.Types.BIGINT);
                    }
                    row.addBatch();
                }
                if (i % 5_000 == 0) {
                    item.executeBatch();
                    row.executeBatch();
                    connection.commit();
                }
            }
            item.executeBatch();
            row.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }
}
