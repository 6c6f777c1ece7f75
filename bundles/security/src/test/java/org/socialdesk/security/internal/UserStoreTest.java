package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.entity.RoleGrantEntity;
import org.socialdesk.persistence.entity.UserEntity;

class UserStoreTest {

    private final Database database = InMemoryDatabase.create();
    private final UserStore users = new UserStore(database, new PasswordHasher(1_000));

    @Test
    void createsTheFirstAdministratorOnlyOnce() {
        assertTrue(users.createFirstAdministrator("admin", "first".toCharArray()));
        assertFalse(users.createFirstAdministrator("admin2", "second".toCharArray()));
        assertTrue(users.verify("admin", "first".toCharArray()));
        assertFalse(users.verify("admin2", "second".toCharArray()));
        assertEquals(Map.of(Role.ADMINISTRATOR, Set.of()), users.roles("admin"));
    }

    @Test
    void refusesWrongPasswordsUnknownAndBlockedUsers() {
        users.createFirstAdministrator("admin", "first".toCharArray());
        assertFalse(users.verify("admin", "First".toCharArray()));
        assertFalse(users.verify("nobody", "first".toCharArray()));
        database.write(em -> {
            em.createNamedQuery("User.byName", UserEntity.class).setParameter("username", "admin")
                    .getSingleResult().setBlocked(true);
            return null;
        });
        assertFalse(users.verify("admin", "first".toCharArray()));
    }

    @Test
    void scopesRolesToOrganisationsAndAllWins() {
        database.write(em -> {
            em.persist(new RoleGrantEntity("editor", Role.EDITOR, 7L));
            em.persist(new RoleGrantEntity("editor", Role.EDITOR, 9L));
            em.persist(new RoleGrantEntity("editor", Role.MODERATOR, 9L));
            em.persist(new RoleGrantEntity("editor", Role.MODERATOR, null));
            return null;
        });
        assertEquals(Map.of(Role.EDITOR, Set.of(7L, 9L), Role.MODERATOR, Set.of()), users.roles("editor"));
    }
}
