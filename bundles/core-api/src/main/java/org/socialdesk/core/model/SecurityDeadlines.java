package org.socialdesk.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often the security checks of an account (д.2, д.4) are due, and which are overdue on a day. One rule for the
 * registry, which lists overdue accounts, and for the admin UI, which explains a date as soon as it is typed.
 */
public final class SecurityDeadlines {

    /** The list of people with admin access is reviewed at least this often. */
    public static final int REVIEW_DAYS = 90;
    /** The account is checked as a whole at least this often. */
    public static final int CHECK_DAYS = 90;
    /** A token that expires within this many days is due for renewal. */
    public static final int TOKEN_WARNING_DAYS = 14;

    private SecurityDeadlines() {
    }

    /** Only active accounts are chased: a planned page has nothing to check yet, an archived one no longer. */
    public static List<OverdueReason> overdue(AccountState state, SecurityChecklist checklist, LocalDate today) {
        List<OverdueReason> reasons = new ArrayList<>();
        if (state != AccountState.ACTIVE) {
            return reasons;
        }
        if (!checklist.twoFactorConfirmed()) {
            reasons.add(OverdueReason.TWO_FACTOR_UNCONFIRMED);
        }
        if (olderThan(checklist.administratorsReviewedOn(), today.minusDays(REVIEW_DAYS))) {
            reasons.add(OverdueReason.ADMINISTRATORS_NOT_REVIEWED);
        }
        if (olderThan(checklist.lastCheckedOn(), today.minusDays(CHECK_DAYS))) {
            reasons.add(OverdueReason.NOT_CHECKED);
        }
        LocalDate expires = checklist.tokenExpiresOn();
        if (expires != null && !expires.isAfter(today.plusDays(TOKEN_WARNING_DAYS))) {
            reasons.add(OverdueReason.TOKEN_EXPIRING);
        }
        return reasons;
    }

    private static boolean olderThan(LocalDate done, LocalDate limit) {
        return done == null || done.isBefore(limit);
    }
}
