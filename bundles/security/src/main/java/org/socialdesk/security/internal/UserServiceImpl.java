package org.socialdesk.security.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.security.UserAccount;
import org.socialdesk.core.security.UserService;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.RoleGrantEntity;
import org.socialdesk.persistence.entity.UserEntity;

/**
 * Users and their roles, managed by administrators. Rule violations are {@link IllegalArgumentException}s with an
 * English message that the UI recognises; a refused call writes nothing.
 */
@Component(service = UserService.class)
public class UserServiceImpl implements UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MIN_PASSWORD_LENGTH = 12;
    /** The column's length. */
    static final int MAX_DISPLAY_NAME_LENGTH = 300;
    static final String OBJECT_TYPE = "User";

    private final Database database;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    /**
     * Changes run one at a time. The database reads committed data only, so two administrators blocking each
     * other at once would each still count the other and the system would be left without an administrator.
     */
    private final Object changes = new Object();

    @Activate
    public UserServiceImpl(@Reference Database database, @Reference AuditTrail audit) {
        this(database, audit, new PasswordHasher());
    }

    UserServiceImpl(Database database, AuditTrail audit, PasswordHasher hasher) {
        this.database = database;
        this.audit = audit;
        this.hasher = hasher;
    }

    @Override
    public List<UserAccount> list(Caller caller) {
        requireAdministrator(caller);
        return database.read(em -> {
            Map<String, List<RoleGrantEntity>> grants = em
                    .createQuery("SELECT g FROM RoleGrantEntity g", RoleGrantEntity.class).getResultStream()
                    .collect(Collectors.groupingBy(RoleGrantEntity::getUsername));
            return em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username", UserEntity.class)
                    .getResultStream()
                    .map(user -> account(user, UserRoles.of(grants.getOrDefault(user.getUsername(), List.of()))))
                    .toList();
        });
    }

    @Override
    public UserAccount create(Caller caller, String username, String displayName, char[] password) {
        requireAdministrator(caller);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must be 3 to 64 characters: lower-case latin letters, "
                    + "digits, '.', '_' or '-'");
        }
        String name = requireDisplayName(displayName);
        requirePassword(password);
        // deliberately slow, so it runs before the lock and the transaction
        String hash = hasher.hash(password);
        UserAccount created;
        synchronized (changes) {
            created = database.write(em -> {
                if (find(em, username).isPresent()) {
                    throw new IllegalArgumentException("user name '" + username + "' is already taken");
                }
                UserEntity user = new UserEntity();
                user.setUsername(username);
                user.setDisplayName(name);
                user.setPasswordHash(hash);
                user.setCreatedAt(Instant.now());
                em.persist(user);
                record(em, caller, "USER_CREATED", username, "display name: " + name);
                return account(user, Map.of());
            });
        }
        return created;
    }

    @Override
    public void setBlocked(Caller caller, String username, boolean blocked) {
        requireAdministrator(caller);
        if (blocked && caller.username().equals(username)) {
            throw new IllegalArgumentException("administrators cannot block themselves");
        }
        synchronized (changes) {
            database.write(em -> {
                UserEntity user = require(em, username);
                if (user.isBlocked() == blocked) {
                    return null;
                }
                if (blocked && holdsAdministrator(em, username) && unblockedAdministrators(em) <= 1) {
                    throw new IllegalArgumentException("cannot block the last unblocked administrator");
                }
                user.setBlocked(blocked);
                record(em, caller, blocked ? "USER_BLOCKED" : "USER_UNBLOCKED", username, "");
                return null;
            });
        }
    }

    @Override
    public void resetPassword(Caller caller, String username, char[] newPassword) {
        requireAdministrator(caller);
        requirePassword(newPassword);
        String hash = hasher.hash(newPassword);
        synchronized (changes) {
            database.write(em -> {
                require(em, username).setPasswordHash(hash);
                record(em, caller, "USER_PASSWORD_RESET", username, "");
                return null;
            });
        }
    }

    @Override
    public void setRoles(Caller caller, String username, Map<Role, Set<Long>> roles) {
        requireAdministrator(caller);
        Map<Role, Set<Long>> wanted = requireRoles(roles);
        synchronized (changes) {
            database.write(em -> {
                UserEntity user = require(em, username);
                requireOrganisationsExist(em, wanted);
                List<RoleGrantEntity> grants = grants(em, username);
                Map<Role, Set<Long>> current = UserRoles.of(grants);
                if (current.equals(wanted)) {
                    return null;
                }
                if (current.containsKey(Role.ADMINISTRATOR) && !wanted.containsKey(Role.ADMINISTRATOR)) {
                    if (caller.username().equals(username)) {
                        throw new IllegalArgumentException(
                                "administrators cannot remove the administrator role from themselves");
                    }
                    if (!user.isBlocked() && unblockedAdministrators(em) <= 1) {
                        throw new IllegalArgumentException(
                                "cannot remove the administrator role from the last unblocked administrator");
                    }
                }
                grants.forEach(em::remove);
                UserRoles.grants(username, wanted).forEach(em::persist);
                record(em, caller, "USER_ROLES_CHANGED", username,
                        "roles: " + UserRoles.describe(current) + " -> " + UserRoles.describe(wanted));
                return null;
            });
        }
    }

    private static void requireAdministrator(Caller caller) {
        if (caller == null || !caller.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException((caller == null ? "an anonymous caller" : caller.username())
                    + " may not manage users");
        }
    }

    private static String requireDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("display name is required");
        }
        if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "display name must be at most " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        return name;
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    /** A checked copy: the caller's map may be changed or contain nulls after the call. */
    private static Map<Role, Set<Long>> requireRoles(Map<Role, Set<Long>> roles) {
        if (roles == null) {
            throw new IllegalArgumentException("roles are required (an empty map for none)");
        }
        Map<Role, Set<Long>> copy = new EnumMap<>(Role.class);
        roles.forEach((role, organisations) -> {
            if (role == null || organisations == null
                    || organisations.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("roles and organisation ids must not be null");
            }
            // Caller.has(ADMINISTRATOR) ignores scope; a scoped grant would only pretend to restrict
            if (role == Role.ADMINISTRATOR && !organisations.isEmpty()) {
                throw new IllegalArgumentException("the administrator role always covers all organisations");
            }
            copy.put(role, Set.copyOf(organisations));
        });
        return copy;
    }

    private static void requireOrganisationsExist(EntityManager em, Map<Role, Set<Long>> roles) {
        Set<Long> missing = roles.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        if (missing.isEmpty()) {
            return;
        }
        missing.removeAll(new HashSet<>(em.createQuery(
                "SELECT o.id FROM OrganisationEntity o WHERE o.id IN :ids", Long.class)
                .setParameter("ids", missing).getResultList()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("unknown organisations " + missing);
        }
    }

    private static Optional<UserEntity> find(EntityManager em, String username) {
        return em.createNamedQuery("User.byName", UserEntity.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private static UserEntity require(EntityManager em, String username) {
        return find(em, username).orElseThrow(() -> new IllegalArgumentException("unknown user '" + username + "'"));
    }

    private static List<RoleGrantEntity> grants(EntityManager em, String username) {
        return em.createNamedQuery("RoleGrant.byUser", RoleGrantEntity.class).setParameter("username", username)
                .getResultList();
    }

    private static boolean holdsAdministrator(EntityManager em, String username) {
        return grants(em, username).stream().anyMatch(grant -> grant.getRole() == Role.ADMINISTRATOR);
    }

    private static long unblockedAdministrators(EntityManager em) {
        return em.createQuery("SELECT COUNT(DISTINCT u.username) FROM UserEntity u, RoleGrantEntity g "
                + "WHERE g.username = u.username AND g.role = :role AND u.blocked = false", Long.class)
                .setParameter("role", Role.ADMINISTRATOR).getSingleResult();
    }

    private static UserAccount account(UserEntity user, Map<Role, Set<Long>> roles) {
        return new UserAccount(user.getUsername(), user.getDisplayName(), user.isBlocked(), user.getCreatedAt(),
                roles);
    }

    /** Appends to the audit chain in the change's own transaction: both commit or neither does. */
    private void record(EntityManager em, Caller caller, String action, String username, String summary) {
        audit.append(em, AuditEvent.of(caller.username(), null, action, OBJECT_TYPE, username, summary));
    }
}
