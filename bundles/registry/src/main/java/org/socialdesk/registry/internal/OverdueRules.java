package org.socialdesk.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.Query;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.model.SecurityDeadlines;
import org.socialdesk.persistence.entity.AccountEntity;

/**
 * When an active account's security checks (д.2, д.4) are overdue: {@link SecurityDeadlines} as a query condition,
 * so that a page of overdue accounts comes from the database; the tests hold the two together.
 */
final class OverdueRules {

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
                .setParameter("reviewedAfter", today.minusDays(SecurityDeadlines.REVIEW_DAYS))
                .setParameter("checkedAfter", today.minusDays(SecurityDeadlines.CHECK_DAYS))
                .setParameter("tokenWarning", today.plusDays(SecurityDeadlines.TOKEN_WARNING_DAYS));
    }

    List<OverdueReason> reasons(AccountEntity a) {
        SecurityChecklist checklist = new SecurityChecklist(Boolean.TRUE.equals(a.getTwoFactorConfirmed()), List.of(),
                a.getAdministratorsReviewedOn(), false, a.getTokenExpiresOn(), a.getLastCheckedOn());
        return SecurityDeadlines.overdue(a.getState(), checklist, LocalDate.now(clock));
    }
}
