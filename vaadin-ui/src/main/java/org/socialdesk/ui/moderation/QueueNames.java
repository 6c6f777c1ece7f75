package org.socialdesk.ui.moderation;

import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.ui.OrganisationNames;

/**
 * Names and clocks the queue's rows are shown with: the organisation's short name, the account's title, and
 * times in the organisation's own zone (Barnaul for a body whose zone is not known).
 */
final class QueueNames implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** Looks up the title of an account not seen yet, or gives {@code null} when it cannot be read. */
    private final SerializableFunction<Long, String> accountTitle;
    private Map<Long, Organisation> organisations = Map.of();
    private Map<Long, String> organisationNames = Map.of();
    private final Map<Long, String> accountTitles = new HashMap<>();

    QueueNames(SerializableFunction<Long, String> accountTitle) {
        this.accountTitle = accountTitle;
    }

    /** Starts over with the organisations the caller may see now; account titles are read again as needed. */
    void reset(List<Organisation> known) {
        Map<Long, Organisation> byId = new HashMap<>();
        known.stream().filter(organisation -> organisation.id() != null)
                .forEach(organisation -> byId.put(organisation.id(), organisation));
        organisations = Map.copyOf(byId);
        organisationNames = OrganisationNames.byId(known);
        accountTitles.clear();
    }

    void remember(List<Account> accounts) {
        accounts.stream().filter(account -> account.id() != null)
                .forEach(account -> accountTitles.put(account.id(), account.title()));
    }

    String organisation(long organisationId) {
        return OrganisationNames.of(organisationId, organisationNames);
    }

    /** The title, or the number for an account that cannot be read, so it can still be traced. */
    String account(long accountId) {
        return accountTitles.computeIfAbsent(accountId, id -> {
            String found = accountTitle.apply(id);
            return found == null || found.isBlank() ? "#" + id : found;
        });
    }

    ZoneId zone(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        return organisation == null ? Organisation.ALTAI : organisation.timeZone();
    }

    String time(long organisationId, Instant instant) {
        return instant == null ? "" : TIME.withZone(zone(organisationId)).format(instant);
    }
}
