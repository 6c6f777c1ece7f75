package org.socialdesk.core.registry;

import org.socialdesk.core.model.AccountState;

/**
 * One page of the registry's accounts. Every filter is optional ({@code null} or {@code false} for none).
 *
 * @param text        matched, ignoring case, against title, URL and network id
 * @param overdueOnly only active accounts with a security check overdue
 * @param limit       at most this many accounts, 1 to {@value #MAX_LIMIT}
 */
public record AccountQuery(Long organisationId, String network, AccountState state, String text,
        boolean overdueOnly, int offset, int limit, AccountSort sort, boolean descending) {

    /** A grid shows far fewer; the bound keeps one request from loading the whole registry. */
    public static final int MAX_LIMIT = 1000;

    public AccountQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        sort = sort == null ? AccountSort.TITLE : sort;
        text = text == null || text.isBlank() ? null : text.strip();
        network = network == null || network.isBlank() ? null : network.strip();
    }

    /** The first {@code limit} accounts by title, unfiltered. */
    public static AccountQuery first(int limit) {
        return new AccountQuery(null, null, null, null, false, 0, limit, AccountSort.TITLE, false);
    }
}
