package org.socialdesk.registry.internal.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.JpaDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.registry.internal.AccountServiceImpl;
import org.socialdesk.registry.internal.RegistryExportImpl;

/**
 * The registry's hot paths over 10,000 accounts of 60 organisations in Derby embedded on disk, as a production
 * instance runs it: a page of the accounts grid (plain, and sorted by organisation with filters), the public JSON
 * and the CSV and XLSX exports. Prints the median and the 95th percentile of each; the target is 200 ms.
 * Run by {@code tools/registry-bench [DATABASE_DIRECTORY] [REPEATS]}; the database is filled on the first run.
 */
public final class RegistryBench {

    private static final int ORGANISATIONS = 60;
    private static final int ACCOUNTS = 10_000;
    private static final int WARM_UP = 5;
    private static final String[] NETWORKS = { "vk", "ok", "telegram" };
    private static final String[] HOSTS = { "https://vk.com/", "https://ok.ru/", "https://t.me/" };
    private static final Caller PRESS = new Caller("bench", Map.of(Role.PRESS_OFFICE, Set.of()));

    private RegistryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/registry-bench-db").toAbsolutePath();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Files.createDirectories(directory.getParent());
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("socialdesk",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        try {
            Database database = new JpaDatabase(factory);
            fill(database);
            AuditTrail audit = new AuditTrail(database, new ChainHeadFile(directory.resolveSibling(
                    directory.getFileName() + "-chain-head")));
            AccountServiceImpl accounts = new AccountServiceImpl(database, audit);
            RegistryExportImpl export = new RegistryExportImpl(database);
            Publication publication = new Publication(new PublicRegistry(database),
                    new ChangeClock(Clock.systemUTC()));
            long someOrganisation = database.read(em -> em.createQuery("SELECT MAX(o.id) FROM OrganisationEntity o",
                    Long.class).getSingleResult());

            System.out.printf("registry: %d organisations, %d accounts in %s%n", count(database, "OrganisationEntity"),
                    count(database, "AccountEntity"), directory);
            System.out.printf("%-58s %10s %10s%n", "operation (" + repeats + " repeats)", "median ms", "p95 ms");
            measure("grid page: 50 rows at offset 5000, by title", repeats, () -> accounts.list(PRESS,
                    new AccountQuery(null, null, null, null, false, 5000, 50, AccountSort.TITLE, false)));
            measure("grid page: by organisation, descending", repeats, () -> accounts.list(PRESS,
                    new AccountQuery(null, null, null, null, false, 2000, 50, AccountSort.ORGANISATION, true)));
            measure("grid page: vk, active, text \"17\", by URL", repeats, () -> accounts.list(PRESS,
                    new AccountQuery(null, "vk", AccountState.ACTIVE, "17", false, 0, 50, AccountSort.URL, false)));
            measure("grid page: one organisation, by title", repeats, () -> accounts.list(PRESS,
                    new AccountQuery(someOrganisation, null, null, null, false, 0, 50, AccountSort.TITLE, false)));
            measure("grid page: overdue checks only", repeats, () -> accounts.list(PRESS,
                    new AccountQuery(null, null, null, null, true, 0, 50, AccountSort.TITLE, false)));
            measure("public registry.json, all organisations", repeats, () -> publication.respond(
                    new PublicationRequest(PublicationFormat.JSON, null, null, null)));
            measure("public registry.json?org=", repeats, () -> publication.respond(
                    new PublicationRequest(PublicationFormat.JSON, Long.toString(someOrganisation), null, null)));
            measure("registry export CSV, all accounts", repeats, () -> export.export(PRESS,
                    AccountQuery.first(1), SpreadsheetFormat.CSV));
            measure("registry export XLSX, all accounts", repeats, () -> export.export(PRESS,
                    AccountQuery.first(1), SpreadsheetFormat.XLSX));
            AccountPage sample = accounts.list(PRESS, AccountQuery.first(1));
            System.out.printf("(grid total %d)%n", sample.total());
        } finally {
            factory.close();
        }
    }

    private static void measure(String name, int repeats, Supplier<?> operation) {
        for (int i = 0; i < WARM_UP; i++) {
            operation.get();
        }
        long[] nanos = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            operation.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[repeats / 2] / 1e6;
        double p95 = nanos[Math.min(repeats - 1, (int) Math.ceil(repeats * 0.95) - 1)] / 1e6;
        System.out.printf("%-58s %10.1f %10.1f%n", name, median, p95);
    }

    /** 1 government, 40 bodies under it, 19 institutions under the bodies; accounts spread over all of them. */
    private static void fill(Database database) {
        if (count(database, "AccountEntity") >= ACCOUNTS) {
            return;
        }
        List<Long> organisations = database.write(em -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ORGANISATIONS; i++) {
                OrganisationEntity o = new OrganisationEntity();
                OrganisationKind kind = i == 0 ? OrganisationKind.GOVERNMENT
                        : i <= 40 ? OrganisationKind.EXECUTIVE_BODY : OrganisationKind.SUBORDINATE_INSTITUTION;
                o.setName(kind == OrganisationKind.GOVERNMENT ? "Правительство Алтайского края"
                        : "Орган " + i + " Алтайского края");
                o.setShortName("Орган " + i);
                o.setKind(kind);
                o.setParentId(i == 0 ? null : i <= 40 ? ids.get(0) : ids.get(1 + i % 40));
                o.setWebsite("https://bench.example/" + i);
                o.setTimeZone("Asia/Barnaul");
                em.persist(o);
                em.flush();
                ids.add(o.getId());
            }
            return ids;
        });
        int batch = 1000;
        for (int from = 0; from < ACCOUNTS; from += batch) {
            int start = from;
            database.write(em -> {
                for (int n = start; n < start + batch; n++) {
                    AccountEntity a = new AccountEntity();
                    a.setOrganisationId(organisations.get(n % ORGANISATIONS));
                    a.setNetwork(NETWORKS[n % 3]);
                    a.setUrl(HOSTS[n % 3] + "bench_" + n);
                    a.setNetworkId("bench_" + n);
                    a.setTitle("Аккаунт " + n + " органа " + n % ORGANISATIONS);
                    a.setState(n % 20 == 0 ? AccountState.ARCHIVED : n % 10 == 0 ? AccountState.PLANNED
                            : AccountState.ACTIVE);
                    a.setTwoFactorConfirmed(n % 4 != 0);
                    em.persist(a);
                }
                return null;
            });
        }
    }

    private static long count(Database database, String entity) {
        return database.read(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class)
                .getSingleResult());
    }
}
