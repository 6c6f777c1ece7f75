package org.socialdesk.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.Query;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.persistence.entity.AccountEntity;

/**
 * When an active account's security checks (д.2, д.4) are overdue. The same rules exist twice, as a query
 * condition so that a page of overdue accounts comes from the database, and in Java to name the reasons; the
 * tests hold them together.
 */
final class OverdueRules {

    static final int REVIEW_DAYS = 90;
    static final int CHECK_DAYS = 90;
    static final int TOKEN_WARNING_DAYS = 14;

    /** A condition on {@code a}, an {@link AccountEntity}, with the parameters {@link #bind} sets. */
    static final String CONDITION = "a.state = :overdueState AND (a.twoFactorConfirmed IS NULL"
            + " OR a.twoFactorConfirmed = FALSE"
            + " OR a.administratorsReviewedOn IS NULL OR a.administratorsReviewedOn < :reviewedAfter"
            + " OR a.lastCheckedOn IS NULL OR a.lastCheckedOn < :checkedAfter"
            + " OR a.tokenExpiresOn <= :tokenWarning)";

    private final Clock clock;

    OverdueRules(Clock clock) {
        this.clock = clock;
    }

    void bind(Query query) {
        LocalDate today = LocalDate.now(clock);
        query.setParameter("overdueState", AccountState.ACTIVE)
                .setParameter("reviewedAfter", today.minusDays(REVIEW_DAYS))
                .setParameter("checkedAfter", today.minusDays(CHECK_DAYS))
                .setParameter("tokenWarning", today.plusDays(TOKEN_WARNING_DAYS));
    }

    List<OverdueReason> reasons(AccountEntity a) {
        List<OverdueReason> reasons = new ArrayList<>();
        if (a.getState() != AccountState.ACTIVE) {
            return reasons;
        }
        LocalDate today = LocalDate.now(clock);
        if (!Boolean.TRUE.equals(a.getTwoFactorConfirmed())) {
            reasons.add(OverdueReason.TWO_FACTOR_UNCONFIRMED);
        }
        if (olderThan(a.getAdministratorsReviewedOn(), today.minusDays(REVIEW_DAYS))) {
            reasons.add(OverdueReason.ADMINISTRATORS_NOT_REVIEWED);
        }
        if (olderThan(a.getLastCheckedOn(), today.minusDays(CHECK_DAYS))) {
            reasons.add(OverdueReason.NOT_CHECKED);
        }
        if (a.getTokenExpiresOn() != null && !a.getTokenExpiresOn().isAfter(today.plusDays(TOKEN_WARNING_DAYS))) {
            reasons.add(OverdueReason.TOKEN_EXPIRING);
        }
        return reasons;
    }

    private static boolean olderThan(LocalDate done, LocalDate limit) {
        return done == null || done.isBefore(limit);
    }
}
