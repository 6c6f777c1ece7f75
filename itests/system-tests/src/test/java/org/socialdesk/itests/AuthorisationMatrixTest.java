package org.socialdesk.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.Occasion;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.moderation.OrganisationWordsService;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.ImportReport;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.registry.RegistryImport;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.security.UserService;
import org.socialdesk.core.vault.TokenVault;

/**
 * Every role × every service operation × its own organisation and another one, against the real services and
 * the real database in the assembled Karaf: allowed calls succeed, denied calls throw
 * {@link AccessDeniedException} and change nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthorisationMatrixTest {

    @Inject
    private BundleContext bundleContext;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private TokenVault vault;

    @Inject
    private AuditLog audit;

    @Inject
    private UserService users;

    @Inject
    private ContentPlanService plan;

    @Inject
    private RegistryImport registryImport;

    @Inject
    private ModerationQueue moderation;

    @Inject
    private OrganisationWordsService words;

    private long own;
    private long other;
    private long ownAccount;
    private long otherAccount;
    private final AtomicInteger unique = new AtomicInteger();

    @Configuration
    public Option[] configuration() throws Exception {
        return SocialDeskContainer.options();
    }

    @Before
    public void pickOrganisations() throws Exception {
        SocialDeskContainer.waitUntilSettled(bundleContext);
        List<Organisation> all = organisations.list(Caller.SYSTEM);
        own = byShortName(all, "Минздрав");
        other = byShortName(all, "Минкультуры");
        ownAccount = accounts.listByOrganisation(Caller.SYSTEM, own).get(0).id();
        otherAccount = accounts.listByOrganisation(Caller.SYSTEM, other).get(0).id();
    }

    /** An operation, the roles allowed to do it, and what must stay unchanged when it is denied. */
    private record Operation(String name, Set<Role> allowed, Attempt attempt, Probe probe) {
    }

    private interface Attempt {
        void run(Caller caller) throws Exception;
    }

    private interface Probe {
        Object snapshot();
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    @Test
    public void everyRoleIsAllowedExactlyWhatItsScopeGivesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Role role : Role.values()) {
                Caller caller = callerWith(role);
                Object before = operation.probe().snapshot();
                boolean allowed;
                try {
                    operation.attempt().run(caller);
                    allowed = true;
                } catch (AccessDeniedException denied) {
                    allowed = false;
                    if (!before.equals(operation.probe().snapshot())) {
                        wrong.add(operation.name() + " by " + role + " was denied but changed data");
                    }
                }
                if (allowed != operation.allowed().contains(role)) {
                    wrong.add(operation.name() + " by " + role + (allowed ? " was allowed" : " was denied"));
                }
            }
        }
        assertEquals("authorisation matrix", List.of(), wrong);
    }

    private List<Operation> operations() {
        Set<Role> everywhere = EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.AUDITOR);
        Probe organisationCount = () -> organisations.list(Caller.SYSTEM).size();
        Probe ownSecrets = () -> vault.names(Caller.SYSTEM, ownAccount);
        Probe otherSecrets = () -> vault.names(Caller.SYSTEM, otherAccount);
        Probe userList = () -> users.list(Caller.SYSTEM).toString();
        Probe nothing = () -> "";
        return List.of(
                new Operation("see own organisation", EVERYONE,
                        caller -> expectVisible(caller, own), nothing),
                new Operation("see other organisation", everywhere,
                        caller -> expectVisible(caller, other), nothing),
                new Operation("create organisation", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> organisations.create(caller, new Organisation(null,
                                "Тестовое управление " + unique.incrementAndGet(), "Тест",
                                OrganisationKind.EXECUTIVE_BODY, null, null, null, null, false)),
                        organisationCount),
                new Operation("list own accounts", EVERYONE,
                        caller -> accounts.listByOrganisation(caller, own), nothing),
                new Operation("list other accounts", everywhere,
                        caller -> accounts.listByOrganisation(caller, other), nothing),
                new Operation("add account to own organisation",
                        EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR),
                        caller -> accounts.create(caller, newAccount(own)), () -> accountCount(own)),
                new Operation("add account to other organisation", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> accounts.create(caller, newAccount(other)), () -> accountCount(other)),
                new Operation("import accounts into own organisation",
                        EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR),
                        caller -> importOneAccount(caller, own), () -> accountCount(own)),
                new Operation("archive own account", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR),
                        caller -> accounts.archive(caller, accounts.create(Caller.SYSTEM, newAccount(own)).id(),
                                "проверка прав"), () -> archivedCount(own)),
                new Operation("archive other account", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> accounts.archive(caller, accounts.create(Caller.SYSTEM, newAccount(other)).id(),
                                "проверка прав"), () -> archivedCount(other)),
                new Operation("store own token", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR),
                        caller -> vault.store(caller, ownAccount, "access_token", "vk1.a.test".toCharArray()),
                        ownSecrets),
                new Operation("store other token", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> vault.store(caller, otherAccount, "access_token", "vk1.a.test".toCharArray()),
                        otherSecrets),
                new Operation("see own token names",
                        EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR, Role.AUDITOR),
                        caller -> vault.names(caller, ownAccount), nothing),
                new Operation("see other token names", everywhere,
                        caller -> vault.names(caller, otherAccount), nothing),
                new Operation("remove own token", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR),
                        caller -> vault.remove(caller, ownAccount, "unused_token"), ownSecrets),
                new Operation("remove other token", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> vault.remove(caller, otherAccount, "unused_token"), otherSecrets),
                new Operation("see own content plan", EVERYONE,
                        caller -> plan.list(caller, PlanQuery.between(own, null, null)), nothing),
                new Operation("see other content plan", everywhere,
                        caller -> plan.list(caller, PlanQuery.between(other, null, null)), nothing),
                new Operation("plan a post for own organisation",
                        EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.EDITOR),
                        caller -> plan.create(caller, newPost(own, ownAccount)), () -> planSize(own)),
                new Operation("plan a post for other organisation", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> plan.create(caller, newPost(other, otherAccount)), () -> planSize(other)),
                new Operation("approve own organisation's post", EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> plan.approve(caller, submittedPost(own, ownAccount), null),
                        () -> approvedCount(own)),
                new Operation("see own moderation queue", EVERYONE,
                        caller -> moderation.list(caller, QueueQuery.open(own, 10)), nothing),
                new Operation("see other moderation queue", everywhere,
                        caller -> moderation.list(caller, QueueQuery.open(other, 10)), nothing),
                new Operation("change own organisation's moderation words",
                        EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.MODERATOR, Role.EDITOR),
                        caller -> banWord(caller, own), () -> words.find(Caller.SYSTEM, own).version()),
                new Operation("change other organisation's moderation words",
                        EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE),
                        caller -> banWord(caller, other), () -> words.find(Caller.SYSTEM, other).version()),
                new Operation("read audit log", EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR),
                        caller -> audit.find(caller, AuditQuery.newest(10)), nothing),
                new Operation("list users", EnumSet.of(Role.ADMINISTRATOR),
                        caller -> users.list(caller), nothing),
                new Operation("create user", EnumSet.of(Role.ADMINISTRATOR),
                        caller -> users.create(caller, "user" + unique.incrementAndGet(), "Пользователь",
                                "достаточно-длинный-пароль".toCharArray()),
                        userList),
                new Operation("grant roles", EnumSet.of(Role.ADMINISTRATOR),
                        caller -> users.setRoles(caller, "admin", Map.of(Role.ADMINISTRATOR, Set.of())),
                        userList));
    }

    /** Changes the organisation's banned list from one word to another, on top of the version stored now. */
    private void banWord(Caller caller, long organisation) {
        OrganisationWords stored = words.find(Caller.SYSTEM, organisation);
        String word = stored.banned().contains("бюрократище") ? "канцелярище" : "бюрократище";
        words.save(caller, new OrganisationWords(organisation, stored.version(), List.of(word), stored.allowed(),
                null, null));
    }

    private Account newAccount(long organisation) {
        return new Account(null, organisation, "vk", "https://vk.com/matrix_test_" + unique.incrementAndGet(), null,
                "Проверка прав", AccountState.ACTIVE, false);
    }

    /** A draft post on the demo account, for the day after tomorrow; demo accounts never reach a network. */
    private PlanItem newPost(long organisation, long account) {
        return new PlanItem(null, 0, organisation, PlanItemKind.POST,
                new Occasion(OccasionKind.BODY, "Проверка прав " + unique.incrementAndGet(), null, null),
                Instant.now().plus(Duration.ofDays(2)), Format.TEXT, "Проверяем, кто что может в контент-плане.",
                List.of(PlanTarget.of(account, null)), List.of(), null, null, null, null, null, 0);
    }

    private long submittedPost(long organisation, long account) {
        long id = plan.create(Caller.SYSTEM, newPost(organisation, account)).id();
        return plan.submit(Caller.SYSTEM, id).id();
    }

    private int planSize(long organisation) {
        return plan.list(Caller.SYSTEM, PlanQuery.between(organisation, null, null)).size();
    }

    private long approvedCount(long organisation) {
        return plan.list(Caller.SYSTEM, PlanQuery.between(organisation, null, null)).stream()
                .filter(item -> item.approvals() > 0 || item.state() == PlanItemState.SCHEDULED).count();
    }

    /** A file of one new account in the export's columns; an allowed import must store it. */
    private void importOneAccount(Caller caller, long organisation) {
        String csv = "id;organisation_id;organisation;network;url;network_id;title;state;archive_reason;"
                + "official_mark;weekly_quota_override;description;avatar;cover;widgets;responsible_editors\n"
                + ";" + organisation + ";;vk;https://vk.com/matrix_import_" + unique.incrementAndGet()
                + ";;Импорт из файла;ACTIVE;;;;;;;;\n";
        ImportReport report = registryImport.apply(caller, csv.getBytes(StandardCharsets.UTF_8),
                SpreadsheetFormat.CSV, false);
        if (report.imported() != 1) {
            throw new AssertionError("the import by " + caller.username() + " stored nothing: " + report);
        }
    }

    private long accountCount(long organisation) {
        return accounts.listByOrganisation(Caller.SYSTEM, organisation).size();
    }

    private long archivedCount(long organisation) {
        return accounts.listByOrganisation(Caller.SYSTEM, organisation).stream()
                .filter(a -> a.state() == AccountState.ARCHIVED).count();
    }

    /** Roles over organisations are scoped to the own organisation; the rest hold theirs everywhere. */
    private Caller callerWith(Role role) {
        Set<Long> scope = role == Role.EDITOR || role == Role.MODERATOR ? Set.of(own) : Set.of();
        return new Caller(role.name().toLowerCase(), Map.of(role, scope));
    }

    private void expectVisible(Caller caller, long organisation) {
        if (organisations.list(caller).stream().noneMatch(o -> o.id() == organisation)) {
            throw new AccessDeniedException("organisation " + organisation + " is not listed for " + caller);
        }
    }

    private static long byShortName(List<Organisation> all, String shortName) {
        return all.stream().filter(o -> shortName.equals(o.shortName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo organisation " + shortName + " missing")).id();
    }
}
