package org.socialdesk.core.registry;

import java.util.List;
import org.socialdesk.core.model.Account;

/**
 * One page of an account listing.
 *
 * @param total how many accounts match the query on all pages, so that a grid can size its scroll bar
 */
public record AccountPage(List<Account> accounts, long total) {

    public AccountPage {
        accounts = List.copyOf(accounts);
    }
}
