package org.socialdesk.core.security;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A SocialDesk user as administrators see them; the password hash never leaves the security bundle.
 *
 * @param roles each role with the organisations it covers; an empty set means all organisations
 */
public record UserAccount(String username, String displayName, boolean blocked, Instant createdAt,
        Map<Role, Set<Long>> roles) {
}
