package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.AccountEntity;

class DemoPlanTest {

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    /** Thursday 26 November 2026, noon in Barnaul. */
    private final Clock clock = PlanFixture.clock("2026-11-26T05:00:00Z");

    private void markDemo(long... accounts) {
        fixture.database.write(em -> {
            for (long id : accounts) {
                em.find(AccountEntity.class, id).setDemo(true);
            }
            return null;
        });
    }

    private long items() {
        return fixture.database.read(em -> em.createQuery("SELECT COUNT(i) FROM PlanItemEntity i", Long.class)
                .getSingleResult());
    }

    @Test
    void demoItemsFillTheWeekOnceAndNeverReachTheOutbox() {
        markDemo(fixture.ministryVk, fixture.ministryOk);
        DemoPlan.load(fixture.database, fixture.audit, clock);
        long created = items();
        assertEquals(14, created, "13 days of posts and a reply template");
        DemoPlan.load(fixture.database, fixture.audit, clock);
        assertEquals(created, items());

        List<String> rowStates = fixture.database.read(em -> em.createQuery(
                "SELECT DISTINCT p.state FROM PublicationEntity p ORDER BY p.state", String.class).getResultList());
        assertEquals(List.of("PENDING", "PUBLISHED"), rowStates);
        List<PlanItemState> states = fixture.database.read(em -> em.createQuery(
                "SELECT DISTINCT i.state FROM PlanItemEntity i", PlanItemState.class).getResultList());
        assertTrue(states.containsAll(List.of(PlanItemState.PUBLISHED, PlanItemState.DRAFT,
                PlanItemState.IN_APPROVAL, PlanItemState.RETURNED, PlanItemState.APPROVED)), states.toString());

        // the posts at 10:00 from Monday to Thursday are past, each on the VK account
        AccountQuota vk = new QuotaServiceImpl(fixture.database, clock).week(Caller.SYSTEM, fixture.ministry,
                new IsoWeek(2026, 48)).stream().filter(q -> q.accountId() == fixture.ministryVk).findFirst()
                .orElseThrow();
        assertEquals(4, vk.published());
        assertEquals(0, vk.planned());
    }

    @Test
    void withoutDemoAccountsNothingIsCreated() {
        assertEquals(0, DemoPlan.load(fixture.database, fixture.audit, clock));
        assertEquals(0, items());
    }
}
