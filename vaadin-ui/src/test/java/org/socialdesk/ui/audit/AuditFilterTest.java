package org.socialdesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.audit.AuditQuery;

class AuditFilterTest {

    @Test
    void daysAreBarnaulDaysAndTheLastOneIsIncluded() {
        AuditQuery query = new AuditFilter("admin", 7L, "Account", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)).query(1_000);

        // Barnaul is UTC+7 all year
        assertEquals(Instant.parse("2025-02-28T17:00:00Z"), query.from());
        assertEquals(Instant.parse("2025-03-31T17:00:00Z"), query.to());
        assertEquals("admin", query.actor());
        assertEquals(7L, query.organisationId());
        assertEquals("Account", query.objectType());
        assertEquals(1_000, query.limit());
    }

    @Test
    void emptyFiltersFilterNothing() {
        assertEquals(AuditQuery.newest(50), new AuditFilter(" ", null, "", null, null).query(50));
    }

    @Test
    void typedTextLosesSurroundingSpaces() {
        assertEquals("i.petrova", new AuditFilter(" i.petrova ", null, null, null, null).query(1).actor());
    }
}
