package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.model.SecurityChecklist;

class SecurityDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aCompleteRecentChecklistIsInTime() {
        assertEquals(List.of(), SecurityDue.overdue(AccountState.ACTIVE, checklist(true, TODAY, null, TODAY), TODAY));
    }

    @Test
    void aBlankChecklistOwesEverythingButTheToken() {
        assertEquals(List.of(new SecurityDue.Item(OverdueReason.TWO_FACTOR_UNCONFIRMED, "security.due.two-factor"),
                new SecurityDue.Item(OverdueReason.ADMINISTRATORS_NOT_REVIEWED, "security.due.reviewed.never"),
                new SecurityDue.Item(OverdueReason.NOT_CHECKED, "security.due.checked.never")),
                SecurityDue.overdue(AccountState.ACTIVE, checklist(false, null, null, null), TODAY));
    }

    @Test
    void aReviewIsOverdueTheDayAfterItsNinetyDays() {
        LocalDate ninetyDaysAgo = TODAY.minusDays(90);
        assertEquals(List.of(), SecurityDue.overdue(AccountState.ACTIVE,
                checklist(true, ninetyDaysAgo, null, ninetyDaysAgo), TODAY));
        LocalDate older = TODAY.minusDays(91);
        assertEquals(List.of(
                new SecurityDue.Item(OverdueReason.ADMINISTRATORS_NOT_REVIEWED, "security.due.reviewed.old", 90,
                        "29.08.2026"),
                new SecurityDue.Item(OverdueReason.NOT_CHECKED, "security.due.checked.old", 90, "29.08.2026")),
                SecurityDue.overdue(AccountState.ACTIVE, checklist(true, older, null, older), TODAY));
    }

    @Test
    void aTokenIsWarnedOfFourteenDaysAheadAndCalledExpiredAfter() {
        assertEquals(List.of(), SecurityDue.overdue(AccountState.ACTIVE,
                checklist(true, TODAY, TODAY.plusDays(15), TODAY), TODAY));
        assertEquals(List.of(new SecurityDue.Item(OverdueReason.TOKEN_EXPIRING, "security.due.token.expiring",
                "12.12.2026", 14)), SecurityDue.overdue(AccountState.ACTIVE,
                        checklist(true, TODAY, TODAY.plusDays(14), TODAY), TODAY));
        assertEquals(List.of(new SecurityDue.Item(OverdueReason.TOKEN_EXPIRING, "security.due.token.expiring",
                "28.11.2026", 14)), SecurityDue.overdue(AccountState.ACTIVE,
                        checklist(true, TODAY, TODAY, TODAY), TODAY));
        assertEquals(List.of(new SecurityDue.Item(OverdueReason.TOKEN_EXPIRING, "security.due.token.expired",
                "27.11.2026")), SecurityDue.overdue(AccountState.ACTIVE,
                        checklist(true, TODAY, TODAY.minusDays(1), TODAY), TODAY));
    }

    @Test
    void onlyActiveAccountsAreChased() {
        SecurityChecklist blank = checklist(false, null, TODAY.minusDays(1), null);
        assertEquals(List.of(), SecurityDue.overdue(AccountState.PLANNED, blank, TODAY));
        assertEquals(List.of(), SecurityDue.overdue(AccountState.ARCHIVED, blank, TODAY));
    }

    private static SecurityChecklist checklist(boolean twoFactor, LocalDate reviewed, LocalDate expires,
            LocalDate checked) {
        return new SecurityChecklist(twoFactor, List.of("Иванов"), reviewed, true, expires, checked);
    }
}
