package org.socialdesk.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.OfficialMark;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.ImportProblem;
import org.socialdesk.core.registry.ImportReport;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.spreadsheet.Xlsx;

class RegistryImportTest {

    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));
    private static final String HEADER = "organisation;network;url;title;official_mark;weekly_quota_override;"
            + "description;responsible_editors\r\n";

    @TempDir
    Path data;

    private Registry registry;

    /** A registry of two bodies, Минздрав and Минкультуры, with one account of Минздрав. */
    private final class Registry {
        final Database database = InMemoryDatabase.create();
        final AuditTrail audit = new AuditTrail(database, new ChainHeadFile(data.resolve(
                "chain-head-" + System.identityHashCode(this))));
        final OrganisationServiceImpl organisations = new OrganisationServiceImpl(database, audit);
        final AccountServiceImpl accounts = new AccountServiceImpl(database, audit);
        final RegistryImportImpl imports = new RegistryImportImpl(database, audit);
        final RegistryExportImpl exports = new RegistryExportImpl(database);
        final long health = organisations.create(PRESS, body("Министерство здравоохранения", "Минздрав")).id();
        final long culture = organisations.create(PRESS, body("Министерство культуры", "Минкультуры")).id();

        Registry() {
            accounts.create(PRESS, new Account(null, health, "vk", "https://vk.com/minzdrav22", null,
                    "Минздрав ВКонтакте", AccountState.ACTIVE, false));
        }

        List<Account> all() {
            return accounts.list(PRESS, AccountQuery.first(1000)).accounts();
        }

        long auditEntries() {
            return database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e", Long.class)
                    .getSingleResult());
        }
    }

    private Registry registry() {
        if (registry == null) {
            registry = new Registry();
        }
        return registry;
    }

    @Test
    void aGoodFileIsImportedEveryAccountVersionedAndAudited() {
        Registry r = registry();
        String file = HEADER + "Минздрав;vk;https://vk.com/zdorovie22;Здоровье Алтая;GRANTED;7;да;editor1, editor2\r\n"
                + "министерство культуры;telegram;https://t.me/culture22;Культура Алтая;;;;\r\n";
        ImportReport checked = r.imports.check(PRESS, csv(file), SpreadsheetFormat.CSV);
        assertEquals(new ImportReport(2, List.of(), 0), checked);
        assertEquals(1, r.all().size(), "a check stores nothing");

        assertEquals(new ImportReport(2, List.of(), 2), r.imports.apply(PRESS, csv(file), SpreadsheetFormat.CSV,
                false));
        Account imported = r.all().stream().filter(a -> a.url().equals("https://vk.com/zdorovie22")).findFirst()
                .orElseThrow();
        assertEquals(r.health, imported.organisationId());
        assertEquals(OfficialMark.GRANTED, imported.officialMark());
        assertEquals(7, imported.weeklyQuotaOverride());
        assertEquals(new Appearance(true, false, false, false), imported.appearance());
        assertEquals(List.of("editor1", "editor2"), imported.responsibleEditors());
        List<AccountVersion> versions = r.accounts.history(PRESS, imported.id());
        assertEquals(1, versions.size());
        assertEquals("press", versions.get(0).actor());
        List<String> actions = r.database.read(em -> em.createQuery("SELECT e.action FROM AuditEntryEntity e"
                + " WHERE e.action LIKE '%IMPORTED' ORDER BY e.sequence", String.class).getResultList());
        assertEquals(List.of("ACCOUNT_IMPORTED", "ACCOUNT_IMPORTED", "REGISTRY_IMPORTED"), actions);
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndNothingIsImported() {
        Registry r = registry();
        String file = HEADER
                + "Минздрав;vk;https://vk.com/good_one;Хороший;;;;\r\n"
                + "Минздрав;vk;https://ok.ru/wrong_network;Не та сеть;;;;\r\n"
                + "Минтайн;vk;https://vk.com/nobody;Нет такой организации;;;;\r\n"
                + "Минздрав;vk;https://vk.com/no_title;;;;;\r\n"
                + "Минздрав;vk;https://vk.com/minzdrav22/;Уже в реестре;;;;\r\n"
                + "Минздрав;vk;https://vk.com/bad_values;Плохие значения;SOMETIMES;пять;может быть;\r\n";
        long audited = r.auditEntries();

        ImportReport report = r.imports.apply(PRESS, csv(file), SpreadsheetFormat.CSV, false);
        assertEquals(6, report.rows());
        assertEquals(1, report.goodRows());
        assertEquals(0, report.imported());
        assertEquals(List.of(3, 4, 5, 6, 7, 7, 7), report.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("url", "organisation", "title", "url", "official_mark", "weekly_quota_override",
                "description"), report.problems().stream().map(ImportProblem::column).toList());
        assertTrue(report.problems().get(3).message().contains("already has this URL"),
                report.problems().get(3).message());
        assertEquals(1, r.all().size(), "not even the good row is imported");
        assertEquals(audited, r.auditEntries(), "a refused import leaves no trace but the report");
    }

    @Test
    void onlyTheGoodRowsAreImportedWhenTheUserChoosesSo() {
        Registry r = registry();
        String file = HEADER
                + "Минздрав;vk;https://vk.com/good_one;Хороший;;;;\r\n"
                + "Минздрав;vk;https://ok.ru/wrong_network;Не та сеть;;;;\r\n"
                + "Минкультуры;ok;https://ok.ru/good_two;Тоже хороший;;;;\r\n";
        ImportReport report = r.imports.apply(PRESS, csv(file), SpreadsheetFormat.CSV, true);
        assertEquals(2, report.imported());
        assertEquals(List.of(3), report.problems().stream().map(ImportProblem::line).toList());
        assertEquals(Set.of("https://vk.com/minzdrav22", "https://vk.com/good_one", "https://ok.ru/good_two"),
                Set.copyOf(r.all().stream().map(Account::url).toList()));
        String summary = r.database.read(em -> em.createQuery("SELECT e.summary FROM AuditEntryEntity e"
                + " WHERE e.action = 'REGISTRY_IMPORTED'", String.class).getSingleResult());
        assertEquals("imported 2 of 3 rows from CSV; skipped bad lines 3", summary);
    }

    @Test
    void aUrlTwiceInTheFileIsABadRowEvenInAnotherCase() {
        Registry r = registry();
        String file = HEADER
                + "Минздрав;vk;https://vk.com/twice;Первый;;;;\r\n"
                + "Минкультуры;vk;https://VK.com/twice/;Второй;;;;\r\n";
        ImportReport report = r.imports.apply(PRESS, csv(file), SpreadsheetFormat.CSV, false);
        assertEquals(List.of(new ImportProblem(3, "url", "The same URL is already on line 2 of the file")),
                report.problems());
        assertEquals(1, r.all().size());
    }

    @Test
    void readsCsvAsExcelSavesItWithLineNumbersAfterQuotedLineBreaks() {
        Registry r = registry();
        String file = "\uFEFF" + HEADER
                + "Минздрав;vk;https://vk.com/two_lines;\"Название\r\nв две строки\";;;;\r\n"
                + ";;;;;;;\r\n"
                + "Минздрав;telegram;https://vk.com/not_telegram;Не та сеть;;;;\r\n";
        ImportReport report = r.imports.check(PRESS, csv(file), SpreadsheetFormat.CSV);
        assertEquals(2, report.rows(), "the blank row Excel leaves is no account");
        assertEquals(List.of(5), report.problems().stream().map(ImportProblem::line).toList());
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderAndStopsEvenAnImportOfGoodRows() {
        Registry r = registry();
        String file = "organisation;network;title\r\nМинздрав;vk;Без адреса\r\n";
        ImportReport report = r.imports.apply(PRESS, csv(file), SpreadsheetFormat.CSV, true);
        assertEquals(List.of(new ImportProblem(1, "url", "The file has no column url")), report.problems());
        assertEquals(0, report.imported());
    }

    @Test
    void anEditorImportsOnlyIntoTheirOwnOrganisation() {
        Registry r = registry();
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(r.health)));
        String file = HEADER
                + "Минздрав;vk;https://vk.com/own;Свой;;;;\r\n"
                + "Минкультуры;vk;https://vk.com/foreign;Чужой;;;;\r\n";
        ImportReport report = r.imports.apply(editor, csv(file), SpreadsheetFormat.CSV, false);
        assertEquals(List.of(3), report.problems().stream().map(ImportProblem::line).toList());
        assertEquals(0, report.imported());
        Caller auditor = new Caller("auditor", Map.of(Role.AUDITOR, Set.of()));
        assertThrows(AccessDeniedException.class,
                () -> r.imports.check(auditor, csv(file), SpreadsheetFormat.CSV));
    }

    @Test
    void anExportedWorkbookImportsIntoAnotherRegistryWithItsCyrillic() {
        Registry source = registry();
        source.accounts.create(PRESS, new Account(null, source.culture, "ok", "https://ok.ru/kultura22", "kultura22",
                "Культура «Алтая»; афиша & новости", AccountState.PLANNED, false, null, OfficialMark.REQUESTED, 3,
                new Appearance(true, true, false, true), List.of("Иванова")));
        byte[] workbook = source.exports.export(PRESS, AccountQuery.first(1), SpreadsheetFormat.XLSX);

        Registry target = new Registry();
        target.accounts.archive(PRESS, target.all().get(0).id(), "освобождаем адрес для импорта");
        target.database.write(em -> em.createQuery("DELETE FROM AccountEntity a").executeUpdate());
        ImportReport report = target.imports.apply(PRESS, workbook, SpreadsheetFormat.XLSX, false);
        assertEquals(new ImportReport(2, List.of(), 2), report);
        assertEquals(strip(source.all()), strip(target.all()));
    }

    @Test
    void theExportHasTheHeaderAndOneRowPerAccountTheCallerSees() {
        Registry r = registry();
        String csv = new String(r.exports.export(PRESS, AccountQuery.first(1), SpreadsheetFormat.CSV),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFid;organisation_id;organisation;network;url;network_id;title;state;archive_reason;"
                + "official_mark;weekly_quota_override;description;avatar;cover;widgets;responsible_editors\r\n"
                + r.all().get(0).id() + ";" + r.health + ";Министерство здравоохранения;vk;https://vk.com/minzdrav22;;"
                + "Минздрав ВКонтакте;ACTIVE;;UNKNOWN;;false;false;false;false;\r\n", csv);
        Caller stranger = new Caller("editor", Map.of(Role.EDITOR, Set.of(r.culture)));
        assertEquals(1, Xlsx.read(r.exports.export(stranger, AccountQuery.first(1), SpreadsheetFormat.XLSX))
                .size(), "only the header");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        Registry r = registry();
        assertThrows(IllegalArgumentException.class,
                () -> r.imports.check(PRESS, csv(HEADER), SpreadsheetFormat.XLSX));
    }

    private static List<Account> strip(List<Account> accounts) {
        return accounts.stream().map(a -> new Account(null, a.organisationId(), a.network(), a.url(), a.networkId(),
                a.title(), a.state(), a.demo(), a.archiveReason(), a.officialMark(), a.weeklyQuotaOverride(),
                a.appearance(), a.responsibleEditors())).toList();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Organisation body(String name, String shortName) {
        return new Organisation(null, name, shortName, OrganisationKind.EXECUTIVE_BODY, null, null, null, null,
                false);
    }
}
