package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.socialdesk.contentplan.internal.PlanFixture.editor;
import static org.socialdesk.contentplan.internal.PlanFixture.post;
import static org.socialdesk.contentplan.internal.PlanFixture.press;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.contentplan.PollSpec;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;

class ContentPlanRightsAndRulesTest {

    private static final Instant PLANNED = Instant.parse("2026-11-25T05:00:00Z");

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final ContentPlanServiceImpl plan = fixture.plan(true, PlanFixture.clock("2026-11-23T03:00:00Z"));
    private final MediaStoreImpl media = new MediaStoreImpl(fixture.database, fixture.audit);

    @Test
    void anEditorWorksOnlyOnTheirOwnOrganisation() {
        Caller editor = editor(fixture.ministry);
        assertThrows(AccessDeniedException.class, () -> plan.create(editor,
                post(fixture.government, PLANNED, "Чужой пост", fixture.governmentVk)));
        PlanItem theirs = plan.create(press("press"), post(fixture.government, PLANNED, "Пост", fixture.governmentVk));
        assertThrows(AccessDeniedException.class, () -> plan.find(editor, theirs.id()));
        assertThrows(AccessDeniedException.class, () -> plan.submit(editor, theirs.id()));
        assertThrows(AccessDeniedException.class, () -> plan.withdraw(editor, theirs.id(), "не моё"));
    }

    @Test
    void anAuditorReadsAndChangesNothing() {
        PlanItem item = plan.create(editor(fixture.ministry), post(fixture.ministry, PLANNED, "Пост",
                fixture.ministryVk));
        Caller auditor = PlanFixture.auditor();
        assertEquals(item.id(), plan.find(auditor, item.id()).id());
        assertThrows(AccessDeniedException.class, () -> plan.submit(auditor, item.id()));
        assertThrows(AccessDeniedException.class, () -> plan.create(auditor,
                post(fixture.ministry, PLANNED, "Пост", fixture.ministryVk)));
    }

    @Test
    void anEditorCannotApproveAndAModeratorWritesOnlyReplies() {
        Caller editor = editor(fixture.ministry);
        PlanItem item = plan.create(editor, post(fixture.ministry, PLANNED, "Пост", fixture.ministryVk));
        plan.submit(editor, item.id());
        assertThrows(AccessDeniedException.class, () -> plan.approve(editor, item.id(), null));
        assertThrows(AccessDeniedException.class, () -> plan.create(PlanFixture.moderator(fixture.ministry),
                post(fixture.ministry, PLANNED, "Пост", fixture.ministryVk)));
    }

    @Test
    void governmentItemsNeedASecondApprovalByAnotherPerson() {
        Caller first = press("first");
        PlanItem item = plan.create(first, post(fixture.government, PLANNED, "Губернатор открыл мост",
                fixture.governmentVk));
        plan.submit(first, item.id());
        PlanItem once = plan.approve(first, item.id(), "ок");
        assertEquals(PlanItemState.IN_APPROVAL, once.state());
        assertEquals(1, once.approvals());
        assertThrows(AccessDeniedException.class, () -> plan.approve(first, item.id(), null));
        assertEquals(PlanItemState.SCHEDULED, plan.approve(press("second"), item.id(), null).state());

        Caller editor = editor(fixture.ministry);
        PlanItem ministryItem = plan.create(editor, post(fixture.ministry, PLANNED, "Пост", fixture.ministryVk));
        plan.submit(editor, ministryItem.id());
        assertEquals(PlanItemState.SCHEDULED, plan.approve(first, ministryItem.id(), null).state(),
                "other bodies need one level");
    }

    @Test
    void theTextMustFitTheNetworkThatHasAConnector() {
        Caller editor = editor(fixture.ministry);
        String longText = "а".repeat(PlanFixture.VK_LIMITS.textLength() + 1);
        assertEquals("text", assertThrows(PlanValidationException.class, () -> plan.create(editor,
                post(fixture.ministry, PLANNED, longText, fixture.ministryVk))).field());
        // no connector for OK: allowed, its publication will need a person
        plan.create(editor, post(fixture.ministry, PLANNED, longText, fixture.ministryOk));
        PlanItem shortVariant = plan.create(editor, new PlanItem(null, 0, fixture.ministry, PlanItemKind.POST, null,
                PLANNED, Format.TEXT, longText, List.of(PlanTarget.of(fixture.ministryVk, "Коротко для ВК")), null,
                null, null, null, null, null, 0));
        assertEquals("Коротко для ВК", shortVariant.targets().get(0).text());
    }

    @Test
    void mediaAndPollsMustFitTheNetworksLimits() {
        Caller editor = editor(fixture.ministry);
        Attachment small = media.store(editor, fixture.ministry, "a.jpg", "image/jpeg", new byte[10], "Мост");
        Attachment large = media.store(editor, fixture.ministry, "b.jpg", "image/jpeg",
                new byte[(int) PlanFixture.VK_LIMITS.attachmentBytes() + 1], "Мост");
        assertEquals("attachments", assertThrows(PlanValidationException.class,
                () -> plan.create(editor, photo("Фото", List.of(large)))).field());
        String caption = "б".repeat(PlanFixture.VK_LIMITS.captionLength() + 1);
        assertEquals("text", assertThrows(PlanValidationException.class,
                () -> plan.create(editor, photo(caption, List.of(small)))).field());
        assertEquals("attachments", assertThrows(PlanValidationException.class,
                () -> plan.create(editor, photo("Фото", List.of()))).field());
        assertEquals("format", assertThrows(PlanValidationException.class, () -> plan.create(editor,
                new PlanItem(null, 0, fixture.ministry, PlanItemKind.POST, null, PLANNED, Format.LIVE_STREAM,
                        "Эфир", List.of(PlanTarget.of(fixture.ministryVk, null)), null, null, null, null, null, null,
                        0))).field());
        PollSpec tooMany = new PollSpec("Куда поедем?", List.of("1", "2", "3", "4"), false, false);
        assertEquals("poll", assertThrows(PlanValidationException.class, () -> plan.create(editor,
                new PlanItem(null, 0, fixture.ministry, PlanItemKind.POST, null, PLANNED, Format.POLL, "Опрос",
                        List.of(PlanTarget.of(fixture.ministryVk, null)), null, tooMany, null, null, null, null, 0)))
                .field());
        assertEquals(1, plan.create(editor, photo("Фото", List.of(small))).attachments().size());
    }

    @Test
    void targetsMustBeLiveAccountsOfTheItemsOrganisation() {
        Caller press = press("press");
        assertEquals("targets", assertThrows(PlanValidationException.class, () -> plan.create(press,
                post(fixture.ministry, PLANNED, "Пост", fixture.governmentVk))).field());
        assertEquals("targets", assertThrows(PlanValidationException.class, () -> plan.create(press,
                post(fixture.ministry, PLANNED, "Пост", fixture.ministryArchived))).field());
        assertEquals("targets", assertThrows(PlanValidationException.class, () -> plan.create(press,
                post(fixture.ministry, PLANNED, "Пост", fixture.ministryVk, fixture.ministryVk))).field());
        assertEquals("plannedAt", assertThrows(PlanValidationException.class, () -> plan.create(press,
                post(fixture.ministry, null, "Пост", fixture.ministryVk))).field());
    }

    private PlanItem photo(String text, List<Attachment> attachments) {
        return new PlanItem(null, 0, fixture.ministry, PlanItemKind.POST, null, PLANNED, Format.PHOTO, text,
                List.of(PlanTarget.of(fixture.ministryVk, null)), attachments, null, null, null, null, null, 0);
    }
}
