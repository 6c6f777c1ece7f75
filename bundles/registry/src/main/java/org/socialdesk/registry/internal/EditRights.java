package org.socialdesk.registry.internal;

import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/** Who may change the registry's accounts: the press office keeps the registry (д.3), editors their own bodies'. */
final class EditRights {

    private EditRights() {
    }

    static boolean mayChangeAccountsOf(Caller caller, long organisationId) {
        return caller.has(Role.ADMINISTRATOR) || caller.has(Role.PRESS_OFFICE)
                || caller.has(Role.EDITOR, organisationId);
    }

    static void requireChangeAccountsOf(Caller caller, long organisationId) {
        if (!mayChangeAccountsOf(caller, organisationId)) {
            throw new AccessDeniedException(caller.username() + " may not change the accounts of organisation "
                    + organisationId);
        }
    }

    static void requireSee(Caller caller, long organisationId) {
        if (!Visibility.canSee(caller, organisationId)) {
            throw new AccessDeniedException(caller.username() + " may not see organisation " + organisationId);
        }
    }
}
