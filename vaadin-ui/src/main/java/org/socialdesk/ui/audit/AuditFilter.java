package org.socialdesk.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.model.Organisation;

/**
 * The filters of the audit page as a query. Blank text filters nothing; the days of the period are days in
 * Barnaul, where the press office works, and both are included.
 *
 * @param from first day, or {@code null} for no lower bound
 * @param to   last day, or {@code null} for no upper bound
 */
record AuditFilter(String actor, Long organisationId, String objectType, LocalDate from, LocalDate to) {

    static final ZoneId ZONE = Organisation.ALTAI;

    AuditQuery query(int limit) {
        return new AuditQuery(text(actor), organisationId, text(objectType), null,
                from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), limit);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
