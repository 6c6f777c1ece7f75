package org.socialdesk.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.RoleGrantEntity;
import org.socialdesk.persistence.entity.UserEntity;

/** Users and their role grants as the database keeps them; the login module and the authenticator read it. */
@Component(service = UserStore.class)
public class UserStore {

    private final Database database;
    private final PasswordHasher hasher;

    @Activate
    public UserStore(@Reference Database database) {
        this(database, new PasswordHasher());
    }

    UserStore(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    /** Whether the user exists, is not blocked and the password is theirs. */
    boolean verify(String username, char[] password) {
        Optional<String> hash = database.read(em -> em.createNamedQuery("User.byName", UserEntity.class)
                .setParameter("username", username).getResultStream()
                .filter(u -> !u.isBlocked()).map(UserEntity::getPasswordHash).findFirst());
        if (hash.isEmpty()) {
            // spend the same time as for a real user so that timing does not reveal which names exist
            hasher.matches(password, hasher.hash(password));
            return false;
        }
        return hasher.matches(password, hash.get());
    }

    /** The user's roles, each with the organisations it covers (an empty set: all organisations). */
    Map<Role, Set<Long>> roles(String username) {
        List<RoleGrantEntity> grants = database.read(em -> em.createNamedQuery("RoleGrant.byUser",
                RoleGrantEntity.class).setParameter("username", username).getResultList());
        return UserRoles.of(grants);
    }

    /** Creates the first administrator unless any user exists; returns whether it did. */
    boolean createFirstAdministrator(String username, char[] password) {
        return database.write(em -> {
            long users = em.createNamedQuery("User.count", Long.class).getSingleResult();
            if (users > 0) {
                return false;
            }
            UserEntity admin = new UserEntity();
            admin.setUsername(username);
            admin.setDisplayName("Администратор");
            admin.setPasswordHash(hasher.hash(password));
            admin.setCreatedAt(Instant.now());
            em.persist(admin);
            em.persist(new RoleGrantEntity(username, Role.ADMINISTRATOR, null));
            return true;
        });
    }
}
