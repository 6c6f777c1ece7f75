package org.socialdesk.ui.registry;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.Serializable;
import java.util.List;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountSort;

/** What the accounts grid is filtered by; {@code null} and {@code false} mean no filter. */
record AccountFilter(Long organisationId, String network, AccountState state, String text, boolean overdueOnly)
        implements Serializable {

    static final AccountFilter NONE = new AccountFilter(null, null, null, null, false);

    AccountFilter withOrganisation(Long id) {
        return new AccountFilter(id, network, state, text, overdueOnly);
    }

    /**
     * The service's query for one window of the grid. Grid columns name their {@link AccountSort} as their
     * sort property; the grid asks for windows larger than the service serves only when told to, so the limit
     * is capped rather than trusted.
     */
    AccountQuery query(int offset, int limit, List<QuerySortOrder> sortOrders) {
        AccountSort sort = sortOrders.isEmpty() ? AccountSort.TITLE : AccountSort.valueOf(sortOrders.get(0).getSorted());
        boolean descending = !sortOrders.isEmpty() && sortOrders.get(0).getDirection() == SortDirection.DESCENDING;
        return new AccountQuery(organisationId, network, state, text, overdueOnly, offset,
                Math.max(1, Math.min(limit, AccountQuery.MAX_LIMIT)), sort, descending);
    }
}
