package org.socialdesk.core.registry;

import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;

/**
 * Compares an account's public card on its network with what the registry records, so that the press office sees
 * when a page was renamed, lost its description or design, or gained or lost the official mark.
 */
public interface AccountCheck {

    /**
     * Reads the account's card through its network's connector and lists what differs; every check is audited.
     *
     * @throws AccessDeniedException when the caller may not see the account
     * @throws java.util.NoSuchElementException when the account does not exist
     */
    AccountCheckResult check(Caller caller, long accountId);
}
