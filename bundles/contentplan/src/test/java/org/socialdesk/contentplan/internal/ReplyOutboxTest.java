package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.persistence.CacheRetrieveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.contentplan.internal.publishing.PublishingEngine;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * An approved reply goes through the publishing engine's outbox: whatever moment a node dies at, the reply reaches
 * the citizen, and only once.
 */
class ReplyOutboxTest {

    private static final Instant APPROVED = Instant.parse("2026-11-23T03:00:00Z");
    /** The engine's default lease: a row held by a node that died is taken over after it. */
    private static final Duration LEASE = Duration.ofSeconds(120);

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final ModerationReplies moderation = new ModerationReplies();
    private final Caller press = PlanFixture.press("press");

    private long approvedReply() {
        ContentPlanServiceImpl plan = fixture.plan(false, PlanFixture.clock(APPROVED.toString()));
        Caller moderator = PlanFixture.moderator(fixture.ministry);
        PlanItem reply = plan.create(moderator, new PlanItem(null, 0, fixture.ministry, PlanItemKind.REPLY, null,
                null, Format.TEXT, "Спасибо, передали в поликлинику", List.of(PlanTarget.of(fixture.ministryVk, null)),
                null, null, 77L, null, null, null, 0));
        plan.submit(moderator, reply.id());
        plan.approve(press, reply.id(), null);
        return reply.id();
    }

    /** A node started at {@code now}, with moderation running. */
    private PublishingEngine node(String name, Instant now) {
        PublishingEngine engine = fixture.engine(name, now);
        engine.setReplyDelivery(moderation);
        return engine;
    }

    private PublicationEntity row(long itemId) {
        return fixture.database.read(em -> em.createQuery("SELECT p FROM PublicationEntity p "
                + "WHERE p.planItemId = :item", PublicationEntity.class).setParameter("item", itemId)
                .setHint("javax.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS).getSingleResult());
    }

    private PlanItemState state(long itemId) {
        return fixture.plan(false, PlanFixture.clock(APPROVED.toString())).find(press, itemId).state();
    }

    @Test
    void aReplyApprovedJustBeforeACrashIsDeliveredOnceByTheNextNode() {
        long item = approvedReply();
        // the node that committed the approval died before its engine polled: only the row in the database is left

        PublishingEngine next = node("node-b", APPROVED.plusSeconds(30));
        next.publishDue();
        next.publishDue();

        assertEquals(1, moderation.sent().size());
        assertEquals(PlanItemState.PUBLISHED, state(item));
        assertEquals(TargetState.PUBLISHED.name(), row(item).getState());
    }

    @Test
    void aNodeKilledAfterTheReplyWentOutLeavesItToTheNextNodeWhichSendsNothingMore() {
        long item = approvedReply();
        moderation.dieAfterSending();
        assertThrows(ModerationReplies.NodeKilled.class, () -> node("node-a", APPROVED).publishDue());
        PublicationEntity held = row(item);
        assertEquals(TargetState.PUBLISHING.name(), held.getState());
        assertTrue(held.isCallStarted(), "the start of the call was committed before moderation was called");
        assertEquals(PlanItemState.APPROVED, state(item));

        node("node-b", APPROVED.plus(LEASE).minusSeconds(1)).publishDue();
        assertEquals(TargetState.PUBLISHING.name(), row(item).getState(), "node-a's lease still holds the row");

        node("node-b", APPROVED.plus(LEASE)).publishDue();
        PublicationEntity delivered = row(item);
        assertEquals(TargetState.PUBLISHED.name(), delivered.getState());
        assertNull(delivered.getLeaseOwner());
        assertNull(delivered.getPublishedAt(), "a reply does not count towards the weekly quota");
        assertEquals(1, moderation.sent().size(), "moderation reported the reply it had sent instead of sending again");
        assertEquals(PlanItemState.PUBLISHED, state(item));
        assertEquals(List.of("PUBLICATION_TAKEN_OVER", "PUBLICATION_REPLY_DELIVERED"),
                fixture.database.read(em -> em.createQuery("SELECT e.action FROM AuditEntryEntity e "
                        + "WHERE e.objectType = 'Publication' ORDER BY e.sequence", String.class).getResultList()));
    }

    @Test
    void aReplyWaitsWhileModerationIsNotRunningAndGoesOutWhenItStarts() {
        long item = approvedReply();
        PublishingEngine engine = fixture.engine("node-a", APPROVED);
        engine.publishDue();
        PublicationEntity waiting = row(item);
        assertEquals(TargetState.WAITING.name(), waiting.getState());
        assertEquals(APPROVED.plusSeconds(15), waiting.getNextAttempt());
        assertTrue(waiting.getFailure().contains("not running yet"), waiting.getFailure());
        assertEquals(PlanItemState.APPROVED, state(item));

        engine.setReplyDelivery(moderation);
        engine.publishDue();
        assertEquals(List.of(), moderation.sent(), "the row waits for its recheck");

        node("node-a", APPROVED.plusSeconds(15)).publishDue();
        assertEquals(PlanItemState.PUBLISHED, state(item));
        assertEquals(1, moderation.sent().size());
        assertNull(row(item).getFailure());
    }

    @Test
    void moderationFailingUnexpectedlyIsRetriedLater() {
        long item = approvedReply();
        PublishingEngine engine = fixture.engine("node-a", APPROVED);
        engine.setReplyDelivery((planItem, comment, text, by) -> {
            throw new IllegalStateException("database of moderation unavailable");
        });
        engine.publishDue();

        PublicationEntity waiting = row(item);
        assertEquals(TargetState.WAITING.name(), waiting.getState());
        assertEquals(APPROVED.plusSeconds(30), waiting.getNextAttempt(), "the first backoff step");
        assertEquals("The moderation module failed: database of moderation unavailable", waiting.getFailure());
        assertEquals(PlanItemState.APPROVED, state(item));

        node("node-a", APPROVED.plusSeconds(30)).publishDue();
        assertEquals(PlanItemState.PUBLISHED, state(item));
        assertEquals(1, moderation.sent().size());
    }
}
