package org.socialdesk.contentplan.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Who may do what in the content plan (д.7): a body's editors write and submit its items, the press office and
 * administrators approve them (and may write too), moderators write and submit replies of their organisations,
 * auditors only read.
 */
final class PlanRights {

    private PlanRights() {
    }

    /** The organisation ids whose plan the caller may read, or empty when they may read every organisation's. */
    static Optional<Set<Long>> readable(Caller caller) {
        Set<Long> ids = new HashSet<>();
        for (Set<Long> scope : caller.roles().values()) {
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            ids.addAll(scope);
        }
        return Optional.of(ids);
    }

    static void requireRead(Caller caller, long organisationId) {
        if (!readable(caller).map(ids -> ids.contains(organisationId)).orElse(true)) {
            throw denied(caller, "see the content plan of organisation " + organisationId);
        }
    }

    static boolean mayWrite(Caller caller, long organisationId, PlanItemKind kind) {
        return mayApprove(caller, organisationId) || caller.has(Role.EDITOR, organisationId)
                || kind == PlanItemKind.REPLY && caller.has(Role.MODERATOR, organisationId);
    }

    static void requireWrite(Caller caller, long organisationId, PlanItemKind kind) {
        if (!mayWrite(caller, organisationId, kind)) {
            throw denied(caller, "change " + kind + " items of organisation " + organisationId);
        }
    }

    static boolean mayApprove(Caller caller, long organisationId) {
        return caller.has(Role.ADMINISTRATOR, organisationId) || caller.has(Role.PRESS_OFFICE, organisationId);
    }

    static void requireApprove(Caller caller, long organisationId) {
        if (!mayApprove(caller, organisationId)) {
            throw denied(caller, "approve plan items of organisation " + organisationId);
        }
    }

    static AccessDeniedException denied(Caller caller, String what) {
        return new AccessDeniedException(caller.username() + " may not " + what);
    }
}
