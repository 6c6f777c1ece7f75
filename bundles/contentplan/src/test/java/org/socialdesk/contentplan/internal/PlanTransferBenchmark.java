package org.socialdesk.contentplan.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaReport;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.JpaDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;

/**
 * Plan files and quota reports on the database of {@link ContentPlanBenchmark} (run that first to fill it): the
 * week of one organisation as CSV, XLSX and iCalendar, the check of a 1,000-row import (rolled back, so the data
 * stays as it is), and the month's quota report of all 10,000 accounts as XLSX and PDF. Prints the median and the
 * largest of a few runs and the size of each file.
 * Usage: {@code java -cp <test classpath> org.socialdesk.contentplan.internal.PlanTransferBenchmark [DIRECTORY]}
 * (default {@code target/bench-db}).
 */
public final class PlanTransferBenchmark {

    private static final int RUNS = 5;
    private static final int IMPORT_ROWS = 1_000;
    /** An organisation of the benchmark's data and one of its VK accounts (ids count in insert order). */
    private static final long ORGANISATION = 30;
    private static final long ACCOUNT = 30;

    private PlanTransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench-db").toAbsolutePath();
        if (!Files.isDirectory(directory.resolve("derby"))) {
            System.err.println("No benchmark database in " + directory + ": run tools/contentplan-bench first");
            System.exit(2);
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("derby").toString());
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("socialdesk",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        JpaDatabase database = new JpaDatabase(factory);
        AuditTrail audit = new AuditTrail(database, new ChainHeadFile(directory.resolve("chain-head")));
        PlanTransferImpl transfer = new PlanTransferImpl(database, audit, PlanFixture.connectors(), "bench.example",
                Clock.systemUTC());
        QuotaReportImpl reports = new QuotaReportImpl(new QuotaServiceImpl(database), database);
        ZoneId zone = Organisation.ALTAI;
        IsoWeek week = IsoWeek.of(Instant.now(), zone);
        Instant from = week.start(zone);
        Instant to = week.end(zone);

        measure("week of one organisation as CSV", () -> transfer.export(Caller.SYSTEM, ORGANISATION, from, to,
                SpreadsheetFormat.CSV));
        measure("week of one organisation as XLSX", () -> transfer.export(Caller.SYSTEM, ORGANISATION, from, to,
                SpreadsheetFormat.XLSX));
        measure("week of one organisation as iCalendar", () -> transfer.calendar(Caller.SYSTEM, ORGANISATION, from,
                to).getBytes(StandardCharsets.UTF_8));
        byte[] csv = importFile(week.next().monday().toString());
        measure("check of a " + IMPORT_ROWS + "-row import", () -> {
            if (!transfer.check(Caller.SYSTEM, ORGANISATION, csv, SpreadsheetFormat.CSV).clean()) {
                throw new IllegalStateException("the benchmark's import file has errors");
            }
            return csv;
        });
        YearMonth month = YearMonth.from(week.monday().plusDays(3));
        measure("month quota report, all accounts, XLSX", () -> reports.month(Caller.SYSTEM, null, month,
                QuotaReport.Format.XLSX));
        measure("month quota report, all accounts, PDF", () -> reports.month(Caller.SYSTEM, null, month,
                QuotaReport.Format.PDF));
        factory.close();
    }

    private static byte[] importFile(String day) {
        StringBuilder csv = new StringBuilder("planned,format,accounts,occasion_kind,occasion_title,text\r\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append(day).append(String.format(" %02d:%02d", 8 + i % 12, i % 60)).append(",TEXT,").append(ACCOUNT)
                    .append(",BODY,Событие ").append(i).append(",Публикация ").append(i).append(" из файла\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(String what, Supplier<byte[]> work) {
        int size = work.get().length; // warm-up
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-42s %9d bytes  median %8.1f ms  max %8.1f ms%n", what, size, millis[RUNS / 2],
                millis[RUNS - 1]);
    }
}
