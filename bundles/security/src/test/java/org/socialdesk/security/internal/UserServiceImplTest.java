package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.security.UserAccount;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;

class UserServiceImplTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    private final Database database = InMemoryDatabase.create();
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final UserStore store = new UserStore(database, hasher);
    private final StoredAuditEvents audit = new StoredAuditEvents(database);
    private final UserServiceImpl users = new UserServiceImpl(database, audit.trail(), hasher);

    private final Caller admin = new Caller("admin", Map.of(Role.ADMINISTRATOR, Set.of()));
    private long ministry;
    private long municipality;

    @BeforeEach
    void firstAdministratorAndTwoOrganisations() {
        store.createFirstAdministrator("admin", PASSWORD);
        ministry = organisation("Минцифры");
        municipality = organisation("Администрация г. Барнаула");
    }

    @Test
    void createsAUserWhoCanLogInOnceGivenARole() {
        UserAccount created = users.create(admin, "i.petrova", " Ирина Петрова ", PASSWORD);

        assertEquals("i.petrova", created.username());
        assertEquals("Ирина Петрова", created.displayName());
        assertFalse(created.blocked());
        assertEquals(Map.of(), created.roles());
        assertTrue(store.verify("i.petrova", PASSWORD));
        assertEquals(List.of("admin", "i.petrova"), users.list(admin).stream().map(UserAccount::username).toList());
        assertEquals(List.of("USER_CREATED admin User i.petrova"), audit.lines());
    }

    @Test
    void listsUsersWithTheirScopedRoles() {
        users.create(admin, "editor", "Редактор", PASSWORD);
        users.setRoles(admin, "editor", Map.of(Role.EDITOR, Set.of(ministry, municipality), Role.AUDITOR, Set.of()));

        UserAccount editor = users.list(admin).get(1);
        assertEquals(Map.of(Role.EDITOR, Set.of(ministry, municipality), Role.AUDITOR, Set.of()), editor.roles());
        assertEquals(Map.of(Role.ADMINISTRATOR, Set.of()), users.list(admin).get(0).roles());
    }

    @Test
    void setRolesReplacesAllGrants() {
        users.create(admin, "editor", "Редактор", PASSWORD);
        users.setRoles(admin, "editor", Map.of(Role.EDITOR, Set.of(ministry), Role.MODERATOR, Set.of(ministry)));
        users.setRoles(admin, "editor", Map.of(Role.MODERATOR, Set.of(municipality)));

        assertEquals(Map.of(Role.MODERATOR, Set.of(municipality)), store.roles("editor"));
        assertEquals("roles: EDITOR [" + ministry + "], MODERATOR [" + ministry + "] -> MODERATOR ["
                + municipality + "]", audit.entries().get(audit.entries().size() - 1).getSummary());
    }

    @Test
    void unchangedRolesAreNotAudited() {
        users.setRoles(admin, "admin", Map.of(Role.ADMINISTRATOR, Set.of()));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void blockingRefusesTheNextLoginAndUnblockingAllowsItAgain() {
        users.create(admin, "editor", "Редактор", PASSWORD);

        users.setBlocked(admin, "editor", true);
        assertFalse(store.verify("editor", PASSWORD));
        assertTrue(users.list(admin).get(1).blocked());

        users.setBlocked(admin, "editor", false);
        assertTrue(store.verify("editor", PASSWORD));
        assertEquals(List.of("USER_CREATED admin User editor", "USER_BLOCKED admin User editor",
                "USER_UNBLOCKED admin User editor"), audit.lines());
    }

    @Test
    void resetPasswordReplacesTheOldOneAndAuditsNoSecret() {
        users.create(admin, "editor", "Редактор", PASSWORD);
        char[] fresh = "another long secret".toCharArray();

        users.resetPassword(admin, "editor", fresh);

        assertFalse(store.verify("editor", PASSWORD));
        assertTrue(store.verify("editor", fresh));
        AuditEntryEntity reset = audit.entries().get(1);
        assertEquals("USER_PASSWORD_RESET", reset.getAction());
        assertFalse(reset.getSummary().contains("another"));
    }

    @Test
    void everyMethodIsDeniedToOthersAndWritesNothing() {
        users.create(admin, "editor", "Редактор", PASSWORD);
        audit.clear();
        for (Role role : List.of(Role.PRESS_OFFICE, Role.EDITOR, Role.MODERATOR, Role.AUDITOR)) {
            Caller other = new Caller("other", Map.of(role, Set.of()));
            denied(() -> users.list(other));
            denied(() -> users.create(other, "intruder", "Чужой", PASSWORD));
            denied(() -> users.setBlocked(other, "editor", true));
            denied(() -> users.resetPassword(other, "editor", "another long secret".toCharArray()));
            denied(() -> users.setRoles(other, "editor", Map.of(Role.ADMINISTRATOR, Set.of())));
        }
        denied(() -> users.list(null));

        assertEquals(List.of("admin", "editor"), users.list(admin).stream().map(UserAccount::username).toList());
        assertTrue(store.verify("editor", PASSWORD));
        assertEquals(Map.of(), store.roles("editor"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void validatesInput() {
        users.create(admin, "editor", "Редактор", PASSWORD);
        audit.clear();

        refused("user name must be 3 to 64 characters: lower-case latin letters, digits, '.', '_' or '-'",
                () -> users.create(admin, "Editor", "Редактор", PASSWORD));
        refused("user name must be 3 to 64 characters: lower-case latin letters, digits, '.', '_' or '-'",
                () -> users.create(admin, "ab", "Редактор", PASSWORD));
        refused("user name must be 3 to 64 characters: lower-case latin letters, digits, '.', '_' or '-'",
                () -> users.create(admin, "иванов", "Редактор", PASSWORD));
        refused("user name 'editor' is already taken", () -> users.create(admin, "editor", "Другой", PASSWORD));
        refused("display name is required", () -> users.create(admin, "new.user", "  ", PASSWORD));
        refused("display name must be at most 300 characters",
                () -> users.create(admin, "new.user", "я".repeat(301), PASSWORD));
        refused("password must be at least 12 characters",
                () -> users.create(admin, "new.user", "Новый", "short".toCharArray()));
        refused("password must be at least 12 characters",
                () -> users.resetPassword(admin, "editor", "elevenchars".toCharArray()));
        refused("unknown user 'nobody'", () -> users.setBlocked(admin, "nobody", true));
        refused("unknown user 'nobody'", () -> users.resetPassword(admin, "nobody", PASSWORD));
        refused("unknown organisations [999]",
                () -> users.setRoles(admin, "editor", Map.of(Role.EDITOR, Set.of(ministry, 999L))));
        refused("the administrator role always covers all organisations",
                () -> users.setRoles(admin, "editor", Map.of(Role.ADMINISTRATOR, Set.of(ministry))));

        assertEquals(2, users.list(admin).size());
        assertEquals(Map.of(), store.roles("editor"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        refused("administrators cannot block themselves", () -> users.setBlocked(admin, "admin", true));
        refused("administrators cannot remove the administrator role from themselves",
                () -> users.setRoles(admin, "admin", Map.of(Role.AUDITOR, Set.of())));
        assertTrue(store.verify("admin", PASSWORD));
        assertEquals(Map.of(Role.ADMINISTRATOR, Set.of()), store.roles("admin"));
    }

    @Test
    void theLastUnblockedAdministratorStays() {
        // the system itself is no user, so only the last-administrator rule protects "admin" here
        refused("cannot block the last unblocked administrator",
                () -> users.setBlocked(Caller.SYSTEM, "admin", true));
        refused("cannot remove the administrator role from the last unblocked administrator",
                () -> users.setRoles(Caller.SYSTEM, "admin", Map.of()));

        users.create(admin, "second", "Второй администратор", PASSWORD);
        users.setRoles(admin, "second", Map.of(Role.ADMINISTRATOR, Set.of()));
        users.setBlocked(admin, "second", true);
        refused("cannot remove the administrator role from the last unblocked administrator",
                () -> users.setRoles(Caller.SYSTEM, "admin", Map.of()));

        // a blocked administrator is no safeguard, so stripping them is fine; with another one active, so is this
        users.setRoles(admin, "second", Map.of());
        users.setRoles(admin, "second", Map.of(Role.ADMINISTRATOR, Set.of()));
        users.setBlocked(admin, "second", false);
        users.setBlocked(Caller.SYSTEM, "admin", true);
        assertFalse(store.verify("admin", PASSWORD));
    }

    private void denied(Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }

    private static void refused(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private long organisation(String name) {
        return EncryptedTokenVaultTest.organisation(database, name);
    }

    /** The audit entries the service appended, read back from the real chain in the database. */
    private static final class StoredAuditEvents {

        private final Database database;
        private final AuditTrail trail;
        private long seen;

        StoredAuditEvents(Database database) {
            this.database = database;
            try {
                this.trail = new AuditTrail(database,
                        new ChainHeadFile(Files.createTempDirectory("audit").resolve("chain-head")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        AuditTrail trail() {
            return trail;
        }

        /** Entries appended since the last {@link #clear()}, oldest first. */
        List<AuditEntryEntity> entries() {
            return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.sequence > :seen "
                    + "ORDER BY e.sequence", AuditEntryEntity.class).setParameter("seen", seen).getResultList());
        }

        List<String> lines() {
            return entries().stream().map(e -> e.getAction() + " " + e.getActor() + " " + e.getObjectType() + " "
                    + e.getObjectId()).toList();
        }

        void clear() {
            List<AuditEntryEntity> all = entries();
            if (!all.isEmpty()) {
                seen = all.get(all.size() - 1).getSequence();
            }
        }
    }
}
