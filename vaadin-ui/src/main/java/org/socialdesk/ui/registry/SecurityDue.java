package org.socialdesk.ui.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.model.SecurityChecklist;

/**
 * Which security checks of an account (д.2, д.4) are overdue on a day, and how to say why. The rules are the
 * registry's ({@code OverdueRules}, internal to its bundle), repeated here so that the dialog explains a date as
 * soon as it is typed, before it is saved; the registry's list of overdue accounts stays the authority.
 */
final class SecurityDue {

    static final int REVIEW_DAYS = 90;
    static final int CHECK_DAYS = 90;
    static final int TOKEN_WARNING_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One overdue check: its reason, and the message key with its parameters that explains it. */
    record Item(OverdueReason reason, String key, List<Object> parameters) {

        Item(OverdueReason reason, String key, Object... parameters) {
            this(reason, key, List.of(parameters));
        }
    }

    private SecurityDue() {
    }

    /** Only active accounts are chased: a planned page has nothing to check yet, an archived one no longer. */
    static List<Item> overdue(AccountState state, SecurityChecklist checklist, LocalDate today) {
        List<Item> items = new ArrayList<>();
        if (state != AccountState.ACTIVE) {
            return items;
        }
        if (!checklist.twoFactorConfirmed()) {
            items.add(new Item(OverdueReason.TWO_FACTOR_UNCONFIRMED, "security.due.two-factor"));
        }
        LocalDate reviewed = checklist.administratorsReviewedOn();
        if (reviewed == null) {
            items.add(new Item(OverdueReason.ADMINISTRATORS_NOT_REVIEWED, "security.due.reviewed.never"));
        } else if (reviewed.isBefore(today.minusDays(REVIEW_DAYS))) {
            items.add(new Item(OverdueReason.ADMINISTRATORS_NOT_REVIEWED, "security.due.reviewed.old", REVIEW_DAYS,
                    DAY.format(reviewed)));
        }
        LocalDate checked = checklist.lastCheckedOn();
        if (checked == null) {
            items.add(new Item(OverdueReason.NOT_CHECKED, "security.due.checked.never"));
        } else if (checked.isBefore(today.minusDays(CHECK_DAYS))) {
            items.add(new Item(OverdueReason.NOT_CHECKED, "security.due.checked.old", CHECK_DAYS,
                    DAY.format(checked)));
        }
        LocalDate expires = checklist.tokenExpiresOn();
        if (expires != null && expires.isBefore(today)) {
            items.add(new Item(OverdueReason.TOKEN_EXPIRING, "security.due.token.expired", DAY.format(expires)));
        } else if (expires != null && !expires.isAfter(today.plusDays(TOKEN_WARNING_DAYS))) {
            items.add(new Item(OverdueReason.TOKEN_EXPIRING, "security.due.token.expiring", DAY.format(expires),
                    TOKEN_WARNING_DAYS));
        }
        return items;
    }
}
