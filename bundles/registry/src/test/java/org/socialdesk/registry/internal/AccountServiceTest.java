package org.socialdesk.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.model.OfficialMark;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.OverdueAccount;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;

class AccountServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));

    @TempDir
    Path data;

    private final Database database = InMemoryDatabase.create();
    private AccountServiceImpl accounts;
    private long health;
    private long culture;

    @org.junit.jupiter.api.BeforeEach
    void registry() {
        AuditTrail audit = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        accounts = new AccountServiceImpl(database, audit,
                Clock.fixed(Instant.parse("2025-03-10T06:00:00Z"), Organisation.ALTAI));
        OrganisationServiceImpl organisations = new OrganisationServiceImpl(database, audit);
        health = organisations.create(Caller.SYSTEM, body("Минздрав")).id();
        culture = organisations.create(Caller.SYSTEM, body("Минкультуры")).id();
    }

    @Test
    void rejectsAnIncompleteAccountWithAMessageForItsField() {
        assertRejected("title", "Title is required", vk(health, "https://vk.com/minzdrav", " "));
        assertRejected("url", "URL is required", vk(health, "", "Минздрав"));
        assertRejected("url", "URL of a vk account must look like https://vk.com/name",
                vk(health, "https://ok.ru/minzdrav", "Минздрав"));
        assertRejected("url", "URL of a vk account must look like https://vk.com/name",
                vk(health, "http://vk.com/minzdrav", "Минздрав"));
        assertRejected("url", "URL of a telegram account must look like https://t.me/name",
                account(health, "telegram", "https://t.me/", "Минздрав"));
        assertRejected("url", "URL must start with https://",
                account(health, "Дзен", "http://dzen.ru/minzdrav", "Минздрав"));
        assertRejected("organisationId", "Organisation 999 does not exist",
                vk(999, "https://vk.com/minzdrav", "Минздрав"));
        assertEquals(0, changeRows());
        assertEquals(2, auditRows(), "only the two organisations are audited");
        assertEquals("Дзен", accounts.create(PRESS, account(health, "Дзен", "https://dzen.ru/minzdrav", "Минздрав"))
                .network());
    }

    @Test
    void rejectsAUrlAnotherAccountHasWhateverItsCaseAndTrailingSlash() {
        Account first = accounts.create(PRESS, vk(health, "https://vk.com/minzdrav", "Минздрав"));
        RegistryValidationException duplicate = assertThrows(RegistryValidationException.class,
                () -> accounts.create(PRESS, vk(culture, "https://VK.com/MinZdrav/", "Копия")));
        assertEquals("url", duplicate.field());
        assertEquals("Account " + first.id() + " (\"Минздрав\") already has this URL", duplicate.getMessage());
        Account renamed = accounts.update(PRESS, retitled(first, "Минздрав края"));
        assertEquals("https://vk.com/minzdrav", renamed.url());
    }

    @Test
    void anEditorCannotTouchAnotherOrganisationsAccountsAndNothingIsWritten() {
        Account other = accounts.create(PRESS, vk(culture, "https://vk.com/minkult", "Минкультуры"));
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(health)));
        long rows = changeRows();
        long audited = auditRows();

        assertDenied(() -> accounts.create(editor, vk(culture, "https://vk.com/minkult2", "Ещё")));
        assertDenied(() -> accounts.update(editor, retitled(other, "Чужое")));
        assertDenied(() -> accounts.update(editor, moved(other, health)));
        assertDenied(() -> accounts.archive(editor, other.id(), "закрыт"));
        assertDenied(() -> accounts.recordChecklist(editor, other.id(), checklist(TODAY, TODAY, null)));
        assertDenied(() -> accounts.find(editor, other.id()));
        assertDenied(() -> accounts.history(editor, other.id()));

        assertEquals(other, accounts.find(PRESS, other.id()));
        assertEquals(rows, changeRows());
        assertEquals(audited, auditRows());
        assertEquals(1, accounts.history(PRESS, other.id()).size());
        assertEquals(0, accounts.list(editor, AccountQuery.first(10)).total());

        Account own = accounts.create(editor, vk(health, "https://vk.com/minzdrav", "Минздрав"));
        assertEquals("Минздрав края", accounts.update(editor, retitled(own, "Минздрав края")).title());
        Caller auditor = new Caller("auditor", Map.of(Role.AUDITOR, Set.of()));
        assertEquals(2, accounts.list(auditor, AccountQuery.first(10)).total());
        assertDenied(() -> accounts.archive(auditor, own.id(), "проверка"));
    }

    @Test
    void everyChangeIsAVersionWithBeforeAndAfterAndAnAuditEntry() {
        Account created = accounts.create(PRESS, vk(health, "https://vk.com/minzdrav", "Минздрав"));
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(health)));
        accounts.update(editor, retitled(created, "Минздрав края"));
        accounts.update(editor, retitled(created, "Минздрав края"));

        List<AccountVersion> versions = accounts.history(PRESS, created.id());
        assertEquals(List.of(2, 1), versions.stream().map(AccountVersion::number).toList());
        assertEquals("editor", versions.get(0).actor());
        assertEquals(List.of(new FieldChange("title", "Минздрав", "Минздрав края")), versions.get(0).changes());
        assertTrue(versions.get(1).changes().contains(new FieldChange("url", null, "https://vk.com/minzdrav")));
        assertEquals("press", versions.get(1).actor());

        AuditEntryEntity last = database.read(em -> em.createQuery(
                "SELECT e FROM AuditEntryEntity e ORDER BY e.sequence DESC", AuditEntryEntity.class)
                .setMaxResults(1).getSingleResult());
        assertEquals("ACCOUNT_UPDATED", last.getAction());
        assertEquals("title: \"Минздрав\" -> \"Минздрав края\"", last.getSummary());
        assertEquals(health, last.getOrganisationId());
    }

    @Test
    void archivingNeedsAReasonAndKeepsIt() {
        Account created = accounts.create(PRESS, vk(health, "https://vk.com/minzdrav", "Минздрав"));
        assertRejected("archiveReason", "A reason is required to archive an account",
                () -> accounts.archive(PRESS, created.id(), "  "));
        assertRejected("state", "An account is archived with a reason, by archive",
                () -> accounts.update(PRESS, new Account(created.id(), health, "vk", created.url(), null,
                        "Минздрав", AccountState.ARCHIVED, false)));

        Account archived = accounts.archive(PRESS, created.id(), "Заменён новым сообществом");
        assertEquals(AccountState.ARCHIVED, archived.state());
        assertEquals("Заменён новым сообществом", accounts.find(PRESS, created.id()).archiveReason());
        assertTrue(accounts.history(PRESS, created.id()).get(0).changes()
                .contains(new FieldChange("state", "ACTIVE", "ARCHIVED")));
    }

    @Test
    void keepsTheModelFieldsAndTheQuotaDefault() {
        Account rich = new Account(null, health, "vk", "https://vk.com/minzdrav", "minzdrav", "Минздрав",
                AccountState.PLANNED, false, null, OfficialMark.REQUESTED, null,
                new Appearance(true, true, false, true), List.of("ivanov", " ", "petrova", "ivanov"));
        Account stored = accounts.find(PRESS, accounts.create(PRESS, rich).id());
        assertEquals(List.of("ivanov", "petrova"), stored.responsibleEditors());
        assertEquals(new Appearance(true, true, false, true), stored.appearance());
        assertEquals(OfficialMark.REQUESTED, stored.officialMark());
        assertEquals(5, stored.weeklyQuota(OrganisationKind.EXECUTIVE_BODY));
        assertEquals(10, stored.weeklyQuota(OrganisationKind.GOVERNMENT));
        assertRejected("weeklyQuotaOverride", "Weekly quota must be between 1 and 100",
                () -> accounts.update(PRESS, withQuota(stored, 0)));
        assertEquals(7, accounts.update(PRESS, withQuota(stored, 7)).weeklyQuota(OrganisationKind.GOVERNMENT));
    }

    @Test
    void pagesFiltersAndSortsInTheDatabase() {
        for (int i = 0; i < 25; i++) {
            long organisation = i % 2 == 0 ? health : culture;
            String network = i % 5 == 0 ? "telegram" : "vk";
            String host = network.equals("vk") ? "https://vk.com/" : "https://t.me/";
            accounts.create(PRESS, account(organisation, network, host + "page" + i, String.format("Page %02d", i)));
        }
        AccountPage second = accounts.list(PRESS, new AccountQuery(null, null, null, null, false, 10, 10,
                AccountSort.TITLE, true));
        assertEquals(25, second.total());
        assertEquals("Page 14", second.accounts().get(0).title());
        assertEquals("Page 05", second.accounts().get(9).title());

        AccountPage telegram = accounts.list(PRESS, new AccountQuery(health, "Telegram", null, null, false, 0, 10,
                AccountSort.URL, false));
        assertEquals(List.of("https://t.me/page0", "https://t.me/page10", "https://t.me/page20"),
                telegram.accounts().stream().map(Account::url).toList());

        AccountPage search = accounts.list(PRESS, new AccountQuery(null, null, AccountState.ACTIVE, "GE 1", false,
                0, 3, AccountSort.TITLE, false));
        assertEquals(10, search.total());
        assertEquals(List.of("Page 10", "Page 11", "Page 12"), search.accounts().stream().map(Account::title)
                .toList());
        assertEquals(0, accounts.list(PRESS, new AccountQuery(null, null, null, "page_1", false, 0, 10, null,
                false)).total());
    }

    @Test
    void listsOverdueChecksWithTheirReasonsByTheClock() {
        long fresh = checked(accounts.create(PRESS, vk(health, "https://vk.com/fresh", "Fresh")),
                checklist(TODAY.minusDays(90), TODAY.minusDays(90), TODAY.plusDays(15)));
        long stale = checked(accounts.create(PRESS, vk(health, "https://vk.com/stale", "Stale")),
                checklist(TODAY.minusDays(91), TODAY.minusDays(91), TODAY.plusDays(14)));
        long unconfirmed = accounts.create(PRESS, vk(culture, "https://vk.com/new", "New")).id();
        long archived = checked(accounts.create(PRESS, vk(health, "https://vk.com/old", "Old")),
                checklist(null, null, null));
        accounts.archive(PRESS, archived, "закрыт");

        List<OverdueAccount> overdue = accounts.overdue(PRESS);
        assertEquals(List.of(stale, unconfirmed), overdue.stream().map(o -> o.account().id()).toList());
        assertEquals(List.of(OverdueReason.ADMINISTRATORS_NOT_REVIEWED, OverdueReason.NOT_CHECKED,
                OverdueReason.TOKEN_EXPIRING), overdue.get(0).reasons());
        assertEquals(List.of(OverdueReason.TWO_FACTOR_UNCONFIRMED, OverdueReason.ADMINISTRATORS_NOT_REVIEWED,
                OverdueReason.NOT_CHECKED), overdue.get(1).reasons());

        AccountPage page = accounts.list(PRESS, new AccountQuery(null, null, null, null, true, 0, 10, null, false));
        assertEquals(List.of(stale, unconfirmed), page.accounts().stream().map(Account::id).sorted().toList());
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(culture)));
        assertEquals(List.of(unconfirmed), accounts.overdue(editor).stream().map(o -> o.account().id()).toList());

        SecurityChecklist recorded = accounts.checklist(PRESS, fresh);
        assertEquals(List.of("ivanov"), recorded.administrators());
        assertEquals(false, recorded.tokenStored());
    }

    @Test
    void aListOfAdministratorsTooLongForItsColumnIsRefusedByName() {
        Account account = accounts.create(PRESS, new Account(null, culture, "vk", "https://vk.com/admins_list",
                "admins_list", "Список администраторов", AccountState.ACTIVE, false));
        List<String> many = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "Администратор номер " + i)
                .toList();
        assertRejected("administrators", "The names are too long together: 4690 characters, at most 4000",
                () -> accounts.recordChecklist(PRESS, account.id(),
                        new SecurityChecklist(true, many, TODAY, false, null, TODAY)));
        accounts.recordChecklist(PRESS, account.id(), new SecurityChecklist(true, many.subList(0, 150), TODAY, false,
                null, TODAY));
        assertEquals(150, accounts.checklist(PRESS, account.id()).administrators().size());
    }

    private long checked(Account account, SecurityChecklist checklist) {
        accounts.recordChecklist(PRESS, account.id(), checklist);
        return account.id();
    }

    private static SecurityChecklist checklist(LocalDate reviewed, LocalDate checked, LocalDate tokenExpires) {
        return new SecurityChecklist(true, List.of("ivanov"), reviewed, false, tokenExpires, checked);
    }

    private void assertRejected(String field, String message, Account account) {
        assertRejected(field, message, () -> accounts.create(PRESS, account));
    }

    private static void assertRejected(String field, String message,
            org.junit.jupiter.api.function.Executable call) {
        RegistryValidationException e = assertThrows(RegistryValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static void assertDenied(org.junit.jupiter.api.function.Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }

    private long changeRows() {
        return database.read(em -> em.createQuery("SELECT COUNT(c) FROM AccountChangeEntity c", Long.class)
                .getSingleResult());
    }

    private long auditRows() {
        return database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e", Long.class)
                .getSingleResult());
    }

    private static Organisation body(String name) {
        return new Organisation(null, name, name, OrganisationKind.EXECUTIVE_BODY, null, null, null, null, false);
    }

    private static Account vk(long organisation, String url, String title) {
        return account(organisation, "vk", url, title);
    }

    private static Account account(long organisation, String network, String url, String title) {
        return new Account(null, organisation, network, url, null, title, AccountState.ACTIVE, false);
    }

    private static Account retitled(Account a, String title) {
        return new Account(a.id(), a.organisationId(), a.network(), a.url(), a.networkId(), title, a.state(),
                a.demo(), a.archiveReason(), a.officialMark(), a.weeklyQuotaOverride(), a.appearance(),
                a.responsibleEditors());
    }

    private static Account moved(Account a, long organisation) {
        return new Account(a.id(), organisation, a.network(), a.url(), a.networkId(), a.title(), a.state(),
                a.demo(), a.archiveReason(), a.officialMark(), a.weeklyQuotaOverride(), a.appearance(),
                a.responsibleEditors());
    }

    private static Account withQuota(Account a, Integer quota) {
        return new Account(a.id(), a.organisationId(), a.network(), a.url(), a.networkId(), a.title(), a.state(),
                a.demo(), a.archiveReason(), a.officialMark(), quota, a.appearance(), a.responsibleEditors());
    }
}
