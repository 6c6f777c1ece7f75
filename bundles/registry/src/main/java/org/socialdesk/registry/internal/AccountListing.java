package org.socialdesk.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.AccountEntity;

/**
 * A page of accounts filtered, sorted and counted by the database, so that a grid over 10,000 accounts loads
 * only the rows it shows.
 */
final class AccountListing {

    private final OverdueRules overdue;

    AccountListing(OverdueRules overdue) {
        this.overdue = overdue;
    }

    AccountPage page(EntityManager em, Caller caller, AccountQuery query) {
        Optional<Set<Long>> visible = Visibility.organisations(caller);
        if (visible.isPresent() && visible.get().isEmpty()) {
            return new AccountPage(List.of(), 0);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new TreeMap<>();
        visible.ifPresent(ids -> {
            conditions.add("a.organisationId IN :visible");
            parameters.put("visible", ids);
        });
        if (query.organisationId() != null) {
            conditions.add("a.organisationId = :organisation");
            parameters.put("organisation", query.organisationId());
        }
        if (query.network() != null) {
            conditions.add("LOWER(a.network) = :network");
            parameters.put("network", query.network().toLowerCase(Locale.ROOT));
        }
        if (query.state() != null) {
            conditions.add("a.state = :state");
            parameters.put("state", query.state());
        }
        if (query.text() != null) {
            conditions.add("(LOWER(a.title) LIKE :text ESCAPE '\\' OR LOWER(a.url) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(a.networkId) LIKE :text ESCAPE '\\')");
            parameters.put("text", "%" + literal(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.overdueOnly()) {
            conditions.add(OverdueRules.CONDITION);
        }
        String from = " FROM AccountEntity a, OrganisationEntity o WHERE o.id = a.organisationId"
                + conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + from, Long.class);
        TypedQuery<AccountEntity> rows = em.createQuery("SELECT a" + from + " ORDER BY " + order(query),
                AccountEntity.class);
        bind(count, parameters, query.overdueOnly());
        bind(rows, parameters, query.overdueOnly());
        rows.setFirstResult(query.offset()).setMaxResults(query.limit());
        return new AccountPage(rows.getResultStream().map(Mapping::account).toList(), count.getSingleResult());
    }

    private void bind(Query query, Map<String, Object> parameters, boolean overdueOnly) {
        parameters.forEach(query::setParameter);
        if (overdueOnly) {
            overdue.bind(query);
        }
    }

    /** The id breaks ties, so that consecutive pages neither repeat nor skip an account. */
    private static String order(AccountQuery query) {
        String column = switch (query.sort()) {
            case TITLE -> "a.title";
            case NETWORK -> "a.network";
            case URL -> "a.url";
            case ORGANISATION -> "o.name";
            case STATE -> "a.state";
        };
        String direction = query.descending() ? " DESC" : "";
        return column + direction + ", a.id" + direction;
    }

    /** Makes the user's text match itself, not as a LIKE pattern. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
