package org.socialdesk.ui.registry;

import org.socialdesk.core.model.Account;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Who may change an account, as the registry decides it (д.3): the press office and administrators every account,
 * editors those of their organisations. The UI asks only to offer what the service would accept; the service
 * checks again.
 */
final class AccountEditRights {

    private AccountEditRights() {
    }

    static boolean mayChange(Caller caller, Account account) {
        return caller.has(Role.ADMINISTRATOR) || caller.has(Role.PRESS_OFFICE)
                || caller.has(Role.EDITOR, account.organisationId());
    }
}
