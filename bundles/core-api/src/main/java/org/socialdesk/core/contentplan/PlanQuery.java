package org.socialdesk.core.contentplan;

import java.time.Instant;
import java.util.Set;

/**
 * Which plan items to list; {@code null} fields do not filter.
 *
 * @param from   items planned at or after this instant
 * @param to     items planned before this instant
 * @param limit  most items to return ({@code 0}: no limit)
 */
public record PlanQuery(Long organisationId, Long accountId, Set<PlanItemKind> kinds, Set<PlanItemState> states,
        Instant from, Instant to, String text, int offset, int limit) {

    public PlanQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    /** Items of one organisation (or all, for {@code null}) planned in [from, to). */
    public static PlanQuery between(Long organisationId, Instant from, Instant to) {
        return new PlanQuery(organisationId, null, null, null, from, to, null, 0, 0);
    }
}
