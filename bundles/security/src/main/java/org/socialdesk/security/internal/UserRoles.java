package org.socialdesk.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.entity.RoleGrantEntity;

/**
 * A user's roles in both shapes: the map of the API (an empty set of organisations means all of them) and the
 * rows of the grant table (a {@code null} organisation means all of them).
 */
final class UserRoles {

    private UserRoles() {
    }

    /** Reads grants; a grant for all organisations wins over grants for some of them. */
    static Map<Role, Set<Long>> of(Collection<RoleGrantEntity> grants) {
        Map<Role, Set<Long>> scopes = new EnumMap<>(Role.class);
        Set<Role> everywhere = new HashSet<>();
        for (RoleGrantEntity grant : grants) {
            Set<Long> scope = scopes.computeIfAbsent(grant.getRole(), role -> new TreeSet<>());
            if (grant.getOrganisationId() == null) {
                everywhere.add(grant.getRole());
            } else {
                scope.add(grant.getOrganisationId());
            }
        }
        Map<Role, Set<Long>> roles = new EnumMap<>(Role.class);
        scopes.forEach((role, scope) -> roles.put(role,
                everywhere.contains(role) ? Set.of() : Collections.unmodifiableSet(scope)));
        return Collections.unmodifiableMap(roles);
    }

    static List<RoleGrantEntity> grants(String username, Map<Role, Set<Long>> roles) {
        List<RoleGrantEntity> grants = new ArrayList<>();
        roles.forEach((role, organisations) -> {
            if (organisations.isEmpty()) {
                grants.add(new RoleGrantEntity(username, role, null));
            } else {
                organisations.forEach(id -> grants.add(new RoleGrantEntity(username, role, id)));
            }
        });
        return grants;
    }

    /** For the audit log, e.g. {@code EDITOR [3, 7], AUDITOR [all]}; stable order so that changes compare. */
    static String describe(Map<Role, Set<Long>> roles) {
        if (roles.isEmpty()) {
            return "none";
        }
        return new EnumMap<>(roles).entrySet().stream()
                .map(entry -> entry.getKey() + " " + (entry.getValue().isEmpty() ? "[all]"
                        : new TreeSet<>(entry.getValue()).toString()))
                .collect(Collectors.joining(", "));
    }
}
