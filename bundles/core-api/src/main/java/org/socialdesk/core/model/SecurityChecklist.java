package org.socialdesk.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The security checks of one account (д.2, д.4 of the decree). Dates are {@code null} when never done.
 *
 * @param administrators  the people who hold admin access to the page on the network
 * @param tokenStored     whether the token vault holds a credential for the account; read from the vault and
 *                        ignored when the checklist is recorded
 * @param tokenExpiresOn  the day the connection token stops working, or {@code null} when it does not expire
 */
public record SecurityChecklist(boolean twoFactorConfirmed, List<String> administrators,
        LocalDate administratorsReviewedOn, boolean tokenStored, LocalDate tokenExpiresOn, LocalDate lastCheckedOn) {

    public SecurityChecklist {
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
    }
}
