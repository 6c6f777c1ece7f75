package org.socialdesk.ui.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.model.SecurityDeadlines;

/**
 * Which security checks of an account (д.2, д.4) are overdue on a day, and how to say why, so that the dialog
 * explains a date as soon as it is typed, before it is saved.
 */
final class SecurityDue {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One overdue check: its reason, and the message key with its parameters that explains it. */
    record Item(OverdueReason reason, String key, List<Object> parameters) {

        Item(OverdueReason reason, String key, Object... parameters) {
            this(reason, key, List.of(parameters));
        }
    }

    private SecurityDue() {
    }

    /** The checks {@link SecurityDeadlines} finds overdue, each with the words that say why. */
    static List<Item> overdue(AccountState state, SecurityChecklist checklist, LocalDate today) {
        return SecurityDeadlines.overdue(state, checklist, today).stream()
                .map(reason -> explained(reason, checklist, today)).toList();
    }

    private static Item explained(OverdueReason reason, SecurityChecklist checklist, LocalDate today) {
        return switch (reason) {
            case TWO_FACTOR_UNCONFIRMED -> new Item(reason, "security.due.two-factor");
            case ADMINISTRATORS_NOT_REVIEWED -> checklist.administratorsReviewedOn() == null
                    ? new Item(reason, "security.due.reviewed.never")
                    : new Item(reason, "security.due.reviewed.old", SecurityDeadlines.REVIEW_DAYS,
                            DAY.format(checklist.administratorsReviewedOn()));
            case NOT_CHECKED -> checklist.lastCheckedOn() == null
                    ? new Item(reason, "security.due.checked.never")
                    : new Item(reason, "security.due.checked.old", SecurityDeadlines.CHECK_DAYS,
                            DAY.format(checklist.lastCheckedOn()));
            case TOKEN_EXPIRING -> checklist.tokenExpiresOn().isBefore(today)
                    ? new Item(reason, "security.due.token.expired", DAY.format(checklist.tokenExpiresOn()))
                    : new Item(reason, "security.due.token.expiring", DAY.format(checklist.tokenExpiresOn()),
                            SecurityDeadlines.TOKEN_WARNING_DAYS);
        };
    }
}
