package org.socialdesk.core.security;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling a service, with the roles they hold and where.
 *
 * @param roles each role with the ids of the organisations it applies to; an empty set means all organisations
 */
public record Caller(String username, Map<Role, Set<Long>> roles) {

    /** The identity of the system itself (scheduler, demo data, console run by a Karaf administrator). */
    public static final Caller SYSTEM = new Caller("system", Map.of(Role.ADMINISTRATOR, Set.of()));

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Map.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.containsKey(role);
    }

    /** Whether the caller holds the role for the given organisation (or for all organisations). */
    public boolean has(Role role, long organisationId) {
        Set<Long> scope = roles.get(role);
        return scope != null && (scope.isEmpty() || scope.contains(organisationId));
    }
}
