package org.socialdesk.core.model;

import java.util.List;

/** An account with the security checks that are overdue, for the press office to chase. */
public record OverdueAccount(Account account, List<OverdueReason> reasons) {

    public OverdueAccount {
        reasons = List.copyOf(reasons);
    }
}
