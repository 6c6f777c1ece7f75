package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.contentplan.internal.publishing.PublishingEngine;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

class QuotaServiceTest {

    /** Monday 23 to Sunday 29 November 2026. */
    private static final IsoWeek W48 = new IsoWeek(2026, 48);

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final QuotaServiceImpl quotas = new QuotaServiceImpl(fixture.database,
            PlanFixture.clock("2026-11-27T00:00:00Z"));
    private int keys;

    private void row(long accountId, PlanItemKind kind, TargetState state, Instant publishedAt, Instant due) {
        fixture.database.write(em -> {
            PlanItemEntity item = new PlanItemEntity();
            item.setOrganisationId(em.find(AccountEntity.class, accountId).getOrganisationId());
            item.setKind(kind);
            item.setFormat(Format.TEXT);
            item.setText("Пост");
            item.setState(PlanItemState.SCHEDULED);
            em.persist(item);
            em.flush();
            PublicationEntity row = new PublicationEntity(item.getId(), accountId, null, state.name(),
                    "key-" + keys++);
            row.setPublished("post", "https://example/post", publishedAt);
            row.setDue(due);
            em.persist(row);
            return null;
        });
    }

    private void published(long accountId, String at) {
        row(accountId, PlanItemKind.POST, TargetState.PUBLISHED, Instant.parse(at), Instant.parse(at));
    }

    private Map<Long, AccountQuota> byAccount(Caller caller, Long organisationId, IsoWeek week) {
        return quotas.week(caller, organisationId, week).stream()
                .collect(Collectors.toMap(AccountQuota::accountId, q -> q));
    }

    @Test
    void aPostOnSundayNightInBarnaulBelongsToThatWeekThoughItIsSundayAfternoonInUtc() {
        published(fixture.ministryVk, "2026-11-29T16:30:00Z"); // Sunday 23:30 in Barnaul
        published(fixture.ministryVk, "2026-11-29T17:30:00Z"); // Monday 00:30 in Barnaul: the next week
        published(fixture.ministryVk, "2026-11-22T16:59:59Z"); // Sunday 23:59:59 of the week before
        assertEquals(1, byAccount(Caller.SYSTEM, fixture.ministry, W48).get(fixture.ministryVk).published());
        assertEquals(1, byAccount(Caller.SYSTEM, fixture.ministry, W48.next()).get(fixture.ministryVk).published());
    }

    @Test
    void theSameInstantFallsInTheWeekOfEachOrganisationsOwnZone() {
        long moscow = fixture.organisation("Представительство в Москве", OrganisationKind.EXECUTIVE_BODY,
                "Europe/Moscow");
        long moscowVk = fixture.account(moscow, "vk", AccountState.ACTIVE);
        // Sunday 21:30 in Moscow (week 47), Monday 01:30 in Barnaul (week 48)
        published(moscowVk, "2026-11-22T18:30:00Z");
        published(fixture.ministryVk, "2026-11-22T18:30:00Z");
        Map<Long, AccountQuota> w48 = byAccount(Caller.SYSTEM, null, W48);
        assertEquals(0, w48.get(moscowVk).published());
        assertEquals(1, w48.get(fixture.ministryVk).published());
        assertEquals(1, byAccount(Caller.SYSTEM, null, new IsoWeek(2026, 47)).get(moscowVk).published());
    }

    @Test
    void theForecastCountsOnlyOutboxRowsStillToComeThisWeek() {
        Instant tomorrow = Instant.parse("2026-11-28T03:00:00Z");
        row(fixture.ministryVk, PlanItemKind.POST, TargetState.WAITING, null, tomorrow);
        row(fixture.ministryVk, PlanItemKind.POST, TargetState.PUBLISHING, null, Instant.parse("2026-11-29T16:00:00Z"));
        row(fixture.ministryVk, PlanItemKind.POST, TargetState.WAITING, null, Instant.parse("2026-11-26T03:00:00Z"));
        row(fixture.ministryVk, PlanItemKind.POST, TargetState.WAITING, null, Instant.parse("2026-11-29T18:00:00Z"));
        row(fixture.ministryVk, PlanItemKind.POST, TargetState.PENDING, null, null);
        row(fixture.ministryVk, PlanItemKind.POST, TargetState.NEEDS_PERSON, null, tomorrow);
        assertEquals(2, byAccount(Caller.SYSTEM, fixture.ministry, W48).get(fixture.ministryVk).planned());
    }

    @Test
    void theStatusComparesPublishedAndPlannedWithTheRequiredCount() {
        for (int i = 0; i < 5; i++) {
            published(fixture.ministryVk, "2026-11-24T0" + i + ":00:00Z");
            published(fixture.governmentVk, "2026-11-24T0" + i + ":00:00Z");
        }
        for (int i = 0; i < 4; i++) {
            row(fixture.ministryOk, PlanItemKind.POST, TargetState.WAITING, null,
                    Instant.parse("2026-11-28T0" + i + ":00:00Z"));
        }
        published(fixture.ministryOk, "2026-11-24T08:00:00Z");
        Map<Long, AccountQuota> week = byAccount(Caller.SYSTEM, null, W48);
        assertEquals(new AccountQuota(fixture.ministryVk, fixture.ministry, "vk of " + fixture.ministry, "vk", W48,
                5, 5, 0, QuotaStatus.MET), week.get(fixture.ministryVk));
        assertEquals(QuotaStatus.AT_RISK, week.get(fixture.governmentVk).status());
        assertEquals(10, week.get(fixture.governmentVk).required());
        AccountQuota ok = week.get(fixture.ministryOk);
        assertEquals(1, ok.published());
        assertEquals(4, ok.planned());
        assertEquals(QuotaStatus.ON_TRACK, ok.status());
    }

    @Test
    void anAccountsOverrideReplacesItsOrganisationsQuota() {
        fixture.database.write(em -> {
            em.find(AccountEntity.class, fixture.ministryOk).setWeeklyQuotaOverride(1);
            return null;
        });
        published(fixture.ministryOk, "2026-11-24T08:00:00Z");
        AccountQuota quota = byAccount(Caller.SYSTEM, fixture.ministry, W48).get(fixture.ministryOk);
        assertEquals(1, quota.required());
        assertEquals(QuotaStatus.MET, quota.status());
    }

    @Test
    void theLastWeekOf2026EndsInJanuary2027() {
        IsoWeek w53 = IsoWeek.of(LocalDate.of(2027, 1, 2));
        assertEquals(new IsoWeek(2026, 53), w53);
        published(fixture.ministryVk, "2027-01-01T05:00:00Z");
        published(fixture.ministryVk, "2027-01-03T16:59:00Z"); // Sunday 23:59 in Barnaul
        published(fixture.ministryVk, "2027-01-03T17:00:00Z"); // Monday 4 January: 2027-W01
        assertEquals(2, byAccount(Caller.SYSTEM, fixture.ministry, w53).get(fixture.ministryVk).published());
        assertEquals(1, byAccount(Caller.SYSTEM, fixture.ministry, w53.next()).get(fixture.ministryVk).published());
        assertEquals(new IsoWeek(2027, 1), w53.next());
    }

    @Test
    void theTableIsOrderedByOrganisationNetworkAndAccount() {
        long secondMinistryVk = fixture.account(fixture.ministry, "vk", AccountState.ACTIVE);
        long telegram = fixture.account(fixture.government, "telegram", AccountState.ACTIVE);
        assertEquals(List.of(fixture.governmentOk, telegram, fixture.governmentVk, fixture.ministryOk,
                fixture.ministryVk, secondMinistryVk), quotas.week(Caller.SYSTEM, null, W48).stream()
                        .map(AccountQuota::accountId).toList());
    }

    @Test
    void anApprovedReplyNeverCountsNeitherInTheOutboxNorDelivered() {
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        ContentPlanServiceImpl plan = fixture.plan(false, PlanFixture.clock(now.toString()));
        Caller moderator = PlanFixture.moderator(fixture.ministry);
        long reply = plan.create(moderator, new PlanItem(null, 0, fixture.ministry, PlanItemKind.REPLY, null, null,
                Format.TEXT, "Спасибо за вопрос", List.of(PlanTarget.of(fixture.ministryVk, null)), null, null, 77L,
                null, null, null, 0)).id();
        plan.submit(moderator, reply);
        plan.approve(PlanFixture.press("press"), reply, null);
        AccountQuota waiting = byAccount(Caller.SYSTEM, fixture.ministry, W48).get(fixture.ministryVk);
        assertEquals(0, waiting.planned(), "the reply's row is due at this very instant, not still to come");

        PublishingEngine engine = fixture.engine("node-a", now);
        engine.setReplyDelivery((item, comment, text, by) -> new ActionOutcome(comment, ActionOutcome.Result.DONE,
                "Replied"));
        engine.publishDue();
        assertEquals(PlanItemState.PUBLISHED, plan.find(Caller.SYSTEM, reply).state());
        AccountQuota delivered = byAccount(Caller.SYSTEM, fixture.ministry, W48).get(fixture.ministryVk);
        assertEquals(0, delivered.published());
        assertEquals(0, delivered.planned());
    }

    @Test
    void aCallerSeesTheActiveAccountsOfTheirOrganisationsOnly() {
        List<AccountQuota> seen = quotas.week(PlanFixture.editor(fixture.ministry), null, W48);
        assertEquals(List.of(fixture.ministryVk, fixture.ministryOk).stream().sorted().toList(),
                seen.stream().map(AccountQuota::accountId).sorted().toList());
        assertEquals(4, quotas.week(PlanFixture.auditor(), null, W48).size());
    }
}
