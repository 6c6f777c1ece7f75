package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialdesk.contentplan.internal.PlanFixture.editor;
import static org.socialdesk.contentplan.internal.PlanFixture.post;
import static org.socialdesk.contentplan.internal.PlanFixture.press;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.contentplan.internal.publishing.PublishingEngine;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PlanTransition;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.PublicationEntity;

class ContentPlanWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final Instant PLANNED = Instant.parse("2026-11-25T05:00:00Z");

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final ContentPlanServiceImpl plan = fixture.plan(false, PlanFixture.clock(NOW.toString()));
    private final Caller editor = editor(fixture.ministry);
    private final Caller press = press("press");
    private final ModerationReplies moderation = new ModerationReplies();

    private PlanItem draft() {
        return plan.create(editor, post(fixture.ministry, PLANNED, "Открыли новую поликлинику в Бийске",
                fixture.ministryVk, fixture.ministryOk));
    }

    private PlanItem scheduled() {
        PlanItem item = draft();
        plan.submit(editor, item.id());
        return plan.approve(press, item.id(), null);
    }

    private List<PublicationEntity> rows(long itemId) {
        return fixture.database.read(em -> TargetRows.of(em, itemId));
    }

    @Test
    void anApprovedPostIsScheduledWithItsRowsDueAtThePlannedTime() {
        PlanItem item = draft();
        assertEquals(PlanItemState.DRAFT, item.state());
        assertEquals("editor-" + fixture.ministry, item.responsibleEditor());
        assertTrue(item.targets().stream().allMatch(t -> t.state() == TargetState.PENDING));

        assertEquals(PlanItemState.IN_APPROVAL, plan.submit(editor, item.id()).state());
        PlanItem approved = plan.approve(press, item.id(), "Хорошо");

        assertEquals(PlanItemState.SCHEDULED, approved.state());
        for (PublicationEntity row : rows(item.id())) {
            assertEquals(TargetState.WAITING.name(), row.getState());
            assertEquals(PLANNED, row.getDue());
            assertEquals("plan-" + item.id() + "-" + row.getAccountId() + "-1", row.getIdempotencyKey());
        }
        assertEquals(List.of(PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, PlanItemState.APPROVED,
                PlanItemState.SCHEDULED), plan.history(editor, item.id()).stream().map(PlanTransition::to).toList());
        assertEquals(List.of("PLAN_ITEM_DRAFT", "PLAN_ITEM_IN_APPROVAL", "PLAN_ITEM_APPROVED", "PLAN_ITEM_SCHEDULED"),
                fixture.database.read(em -> em.createQuery("SELECT e.action FROM AuditEntryEntity e "
                        + "WHERE e.objectType = 'PlanItem' ORDER BY e.sequence", String.class).getResultList()));
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        PlanItem item = draft();
        assertThrows(PlanValidationException.class, () -> plan.approve(press, item.id(), null));
        assertThrows(PlanValidationException.class, () -> plan.publishNow(editor, item.id()));
        assertThrows(PlanValidationException.class, () -> plan.retry(editor, item.id()));
        plan.submit(editor, item.id());
        assertThrows(PlanValidationException.class, () -> plan.submit(editor, item.id()));
        PlanValidationException noRemark = assertThrows(PlanValidationException.class,
                () -> plan.returnForChanges(press, item.id(), " "));
        assertEquals("remark", noRemark.field());
        PlanItem returned = plan.returnForChanges(press, item.id(), "Короче, пожалуйста");
        assertEquals(PlanItemState.RETURNED, returned.state());
        assertEquals("Короче, пожалуйста", returned.remark());
        assertEquals(PlanItemState.IN_APPROVAL, plan.submit(editor, item.id()).state());
        plan.withdraw(editor, item.id(), "Событие отменили");
        assertThrows(PlanValidationException.class, () -> plan.submit(editor, item.id()));
        assertThrows(PlanValidationException.class, () -> plan.withdraw(editor, item.id(), "ещё раз"));
    }

    @Test
    void editingAScheduledItemTakesItsRowsBackAndSendsItToDraft() {
        PlanItem item = scheduled();
        PlanItem edited = plan.update(editor, new PlanItem(item.id(), item.version(), item.organisationId(),
                item.kind(), null, PLANNED, Format.TEXT, "Поликлиника в Бийске открыта",
                List.of(PlanTarget.of(fixture.ministryVk, "Вариант для ВК")), null, null, null, null, null, null, 0));

        assertEquals(PlanItemState.DRAFT, edited.state());
        assertEquals(0, edited.approvals());
        List<PublicationEntity> rows = rows(item.id());
        assertEquals(1, rows.size(), "the OK target was dropped");
        assertEquals(TargetState.PENDING.name(), rows.get(0).getState());
        assertNull(rows.get(0).getDue());
        assertEquals("Вариант для ВК", rows.get(0).getVariantText());

        plan.submit(editor, item.id());
        plan.approve(press, item.id(), null);
        assertEquals("plan-" + item.id() + "-" + fixture.ministryVk + "-2", rows(item.id()).get(0).getIdempotencyKey(),
                "a new round gets a new key");
    }

    @Test
    void anItemOnTheWayToANetworkCannotBeEdited() {
        PlanItem item = scheduled();
        fixture.database.write(em -> {
            TargetRows.of(em, item.id()).get(0).setState(TargetState.PUBLISHING.name());
            return null;
        });
        PlanItem current = plan.find(editor, item.id());
        PlanValidationException refused = assertThrows(PlanValidationException.class,
                () -> plan.update(editor, current));
        assertTrue(refused.getMessage().contains("being published"), refused.getMessage());
        assertThrows(PlanValidationException.class, () -> plan.withdraw(editor, item.id(), "поздно"));
    }

    @Test
    void aStaleVersionIsRefused() {
        PlanItem item = draft();
        plan.update(editor, item);
        PlanValidationException stale = assertThrows(PlanValidationException.class, () -> plan.update(editor, item));
        assertEquals("version", stale.field());
    }

    @Test
    void withdrawalCancelsWaitingRows() {
        PlanItem item = scheduled();
        assertEquals(PlanItemState.WITHDRAWN, plan.withdraw(editor, item.id(), "Перенесли событие").state());
        assertTrue(rows(item.id()).stream().allMatch(r -> r.getState().equals(TargetState.CANCELLED.name())));
    }

    @Test
    void retryPutsRowsThatNeedAPersonBackInTheOutbox() {
        PlanItem item = scheduled();
        PlanItemContent content = new PlanItemContent(fixture.audit);
        fixture.database.write(em -> {
            PublicationEntity row = TargetRows.of(em, item.id()).get(0);
            row.setState(TargetState.NEEDS_PERSON.name());
            row.setAttempts(3);
            row.setFailure("token expired");
            content.targetChanged(em, row, "publisher");
            return null;
        });
        assertEquals(PlanItemState.FAILED, plan.find(editor, item.id()).state());

        assertEquals(PlanItemState.SCHEDULED, plan.retry(editor, item.id()).state());
        PublicationEntity row = rows(item.id()).get(0);
        assertEquals(TargetState.WAITING.name(), row.getState());
        assertEquals(0, row.getAttempts());
        assertNull(row.getFailure());
    }

    @Test
    void publishNowMakesWaitingRowsDueNow() {
        PlanItem item = scheduled();
        plan.publishNow(editor, item.id());
        assertTrue(rows(item.id()).stream().allMatch(r -> r.getDue().equals(NOW)));
        assertEquals(PlanItemState.SCHEDULED, plan.find(editor, item.id()).state());
    }

    @Test
    void reschedulingAnApprovedItemMovesItsDueTimeAndKeepsItApproved() {
        PlanItem item = scheduled();
        Instant later = PLANNED.plusSeconds(3600);
        PlanItem moved = plan.reschedule(editor, item.id(), later);
        assertEquals(PlanItemState.SCHEDULED, moved.state());
        assertEquals(later, moved.plannedAt());
        assertTrue(rows(item.id()).stream().allMatch(r -> r.getDue().equals(later)));
    }

    private PlanItem approvedReply(long commentId, String text) {
        Caller moderator = PlanFixture.moderator(fixture.ministry);
        PlanItem reply = plan.create(moderator, new PlanItem(null, 0, fixture.ministry, PlanItemKind.REPLY, null,
                null, Format.TEXT, text, List.of(PlanTarget.of(fixture.ministryVk, null)), null, null, commentId,
                null, null, null, 0));
        plan.submit(moderator, reply.id());
        return plan.approve(press, reply.id(), null);
    }

    private List<PlanItemState> states(long itemId) {
        return plan.history(editor, itemId).stream().map(PlanTransition::to).toList();
    }

    @Test
    void anApprovedReplyIsDueAtOnceAndDeliveredByThePublishingEngine() {
        PlanItem reply = approvedReply(77L, "Спасибо, передали в поликлинику");
        assertEquals(PlanItemState.APPROVED, reply.state());
        PublicationEntity row = rows(reply.id()).get(0);
        assertEquals(TargetState.WAITING.name(), row.getState());
        assertEquals(NOW, row.getDue());
        assertEquals(List.of(), moderation.sent(), "nothing is sent until the engine runs");

        PublishingEngine engine = fixture.engine("node-a", NOW);
        engine.setReplyDelivery(moderation);
        engine.publishDue();

        PlanItem delivered = plan.find(press, reply.id());
        assertEquals(PlanItemState.PUBLISHED, delivered.state());
        assertEquals(TargetState.PUBLISHED, delivered.targets().get(0).state());
        assertNull(delivered.targets().get(0).publishedAt(), "a reply does not count towards the weekly quota");
        assertEquals(List.of(reply.id() + " → 77: Спасибо, передали в поликлинику (by press)"), moderation.sent());
        assertEquals(List.of(PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, PlanItemState.APPROVED,
                PlanItemState.PUBLISHED), states(reply.id()));
    }

    @Test
    void aReplyWaitsForModerationAndThenFailsWithTheReason() {
        PlanItem reply = approvedReply(78L, "Спасибо!");
        fixture.engine("node-a", NOW).publishDue();
        PlanItem waiting = plan.find(press, reply.id());
        assertEquals(PlanItemState.APPROVED, waiting.state());
        assertTrue(waiting.targets().get(0).failure().contains("moderation module is not running yet"),
                waiting.targets().get(0).failure());

        fixture.engine("node-a", NOW.plus(Duration.ofMinutes(11))).publishDue();
        PlanItem failed = plan.find(press, reply.id());
        assertEquals(PlanItemState.FAILED, failed.state());
        String failure = failed.targets().get(0).failure();
        assertEquals("Replies cannot be sent: the moderation module is not running", failure);
        List<PlanTransition> history = plan.history(editor, reply.id());
        assertEquals(failure, history.get(history.size() - 1).remark());
    }

    @Test
    void aRefusedReplyFailsAndARetrySendsItAsTheRetryingPersons() {
        PlanItem reply = approvedReply(79L, "Ответили в личных сообщениях");
        moderation.refuse("The comment was deleted");
        PublishingEngine engine = fixture.engine("node-a", NOW);
        engine.setReplyDelivery(moderation);
        engine.publishDue();
        PlanItem failed = plan.find(press, reply.id());
        assertEquals(PlanItemState.FAILED, failed.state());
        assertEquals("FAILED: The comment was deleted", failed.targets().get(0).failure());

        moderation.accept();
        ContentPlanServiceImpl later = fixture.plan(false, PlanFixture.clock(NOW.plusSeconds(600).toString()));
        assertEquals(PlanItemState.APPROVED, later.retry(PlanFixture.moderator(fixture.ministry), reply.id())
                .state());
        assertEquals(NOW.plusSeconds(600), rows(reply.id()).get(0).getDue());
        PublishingEngine engineThen = fixture.engine("node-a", NOW.plusSeconds(600));
        engineThen.setReplyDelivery(moderation);
        engineThen.publishDue();
        assertEquals(PlanItemState.PUBLISHED, plan.find(press, reply.id()).state());
        assertEquals(List.of(reply.id() + " → 79: Ответили в личных сообщениях (by moderator-" + fixture.ministry
                + ")"), moderation.sent());
    }

    @Test
    void aReplyTemplateStaysApproved() {
        PlanItem template = plan.create(editor, new PlanItem(null, 0, fixture.ministry, PlanItemKind.REPLY_TEMPLATE,
                null, null, Format.TEXT, "Спасибо за вопрос! Ответим в течение дня.", null, null, null, null, null,
                null, null, 0));
        plan.submit(editor, template.id());
        assertEquals(PlanItemState.APPROVED, plan.approve(press, template.id(), null).state());
    }

    @Test
    void theCalendarListsTheWeekOfOneOrganisationInPlannedOrder() {
        PlanItem late = plan.create(editor, post(fixture.ministry, PLANNED.plusSeconds(7200), "Второй",
                fixture.ministryVk));
        PlanItem early = draft();
        plan.create(editor, post(fixture.ministry, PLANNED.plusSeconds(14 * 86400), "Через две недели",
                fixture.ministryVk));
        plan.create(press, post(fixture.government, PLANNED, "Правительство", fixture.governmentVk));
        List<PlanItem> week = plan.list(editor, PlanQuery.between(fixture.ministry, NOW, NOW.plusSeconds(7 * 86400)));
        assertEquals(List.of(early.id(), late.id()), week.stream().map(PlanItem::id).toList());
        assertEquals(2, week.get(0).targets().size());
        assertThrows(AccessDeniedException.class,
                () -> plan.list(editor, PlanQuery.between(fixture.government, null, null)),
                "an editor does not see another organisation's plan");
        assertEquals(1, plan.list(editor, new PlanQuery(null, fixture.ministryOk, null, null, null, null, null, 0, 0))
                .size());
    }
}
