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
import org.socialdesk.core.model.Account;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.AccountEntity;

/**
 * A page of accounts filtered, sorted and counted by the database, so that a grid over 10,000 accounts loads
 * only the rows it shows.
 */
final class AccountListing {

    /** EclipseLink's hint, named here so that the registry needs no compile-time dependency on the provider. */
    static final String READ_ONLY = "eclipselink.read-only";

    private final OverdueRules overdue;

    AccountListing(OverdueRules overdue) {
        this.overdue = overdue;
    }

    AccountPage page(EntityManager em, Caller caller, AccountQuery query) {
        Optional<Selection> selection = selection(caller, query);
        if (selection.isEmpty()) {
            return new AccountPage(List.of(), 0);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AccountEntity a"
                + selection.get().where(" WHERE "), Long.class);
        bind(count, selection.get().parameters(), query.overdueOnly());
        TypedQuery<AccountEntity> rows = rows(em, query, selection.get());
        rows.setFirstResult(query.offset()).setMaxResults(query.limit());
        return new AccountPage(rows.getResultStream().map(Mapping::account).toList(), count.getSingleResult());
    }

    /** Every account the query's filters match, in its order, in one query: what an export of the grid holds. */
    List<Account> all(EntityManager em, Caller caller, AccountQuery query) {
        Optional<Selection> selection = selection(caller, query);
        return selection.isEmpty() ? List.of()
                : rows(em, query, selection.get()).getResultStream().map(Mapping::account).toList();
    }

    /** The conditions of a query, bound by name. */
    private record Selection(List<String> conditions, Map<String, Object> parameters) {

        String where(String keyword) {
            return conditions.isEmpty() ? "" : keyword + String.join(" AND ", conditions);
        }
    }

    /** The query's conditions, or empty when the caller may see no organisation at all. */
    private static Optional<Selection> selection(Caller caller, AccountQuery query) {
        Optional<Set<Long>> visible = Visibility.organisations(caller);
        if (visible.isPresent() && visible.get().isEmpty()) {
            return Optional.empty();
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
        return Optional.of(new Selection(conditions, parameters));
    }

    /**
     * The rows in order. Only a sort by organisation joins the organisations; accounts always belong to a stored
     * one, so the join changes the order, never the rows. The rows are read-only, so the persistence context
     * does not track thousands of entities that nobody changes.
     */
    private TypedQuery<AccountEntity> rows(EntityManager em, AccountQuery query, Selection selection) {
        boolean byOrganisation = query.sort() == AccountSort.ORGANISATION;
        String from = byOrganisation
                ? " FROM AccountEntity a, OrganisationEntity o WHERE o.id = a.organisationId" + selection.where(" AND ")
                : " FROM AccountEntity a" + selection.where(" WHERE ");
        TypedQuery<AccountEntity> rows = em.createQuery("SELECT a" + from + " ORDER BY " + order(query),
                AccountEntity.class);
        rows.setHint(READ_ONLY, Boolean.TRUE.toString());
        bind(rows, selection.parameters(), query.overdueOnly());
        return rows;
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
