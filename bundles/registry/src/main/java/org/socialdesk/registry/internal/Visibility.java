package org.socialdesk.registry.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/** Which organisations' registry data a caller may read. */
final class Visibility {

    private Visibility() {
    }

    /** The organisation ids the caller may see, or empty when they may see every organisation. */
    static Optional<Set<Long>> organisations(Caller caller) {
        Set<Long> ids = new HashSet<>();
        for (var entry : caller.roles().entrySet()) {
            if (entry.getValue().isEmpty() || entry.getKey() != Role.EDITOR && entry.getKey() != Role.MODERATOR) {
                // administrators, the press office and auditors read the whole registry
                return Optional.empty();
            }
            ids.addAll(entry.getValue());
        }
        return Optional.of(ids);
    }

    static boolean canSee(Caller caller, long organisationId) {
        return organisations(caller).map(ids -> ids.contains(organisationId)).orElse(true);
    }
}
