package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.socialdesk.contentplan.internal.PlanFixture.editor;
import static org.socialdesk.contentplan.internal.PlanFixture.press;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.Publication;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.PublicationEntity;

class PlanItemContentTest {

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final ContentPlanServiceImpl plan = fixture.plan(false, PlanFixture.clock("2026-11-23T03:00:00Z"));
    private final MediaStoreImpl media = new MediaStoreImpl(fixture.database, fixture.audit);
    private final PlanItemContent content = new PlanItemContent(fixture.audit);
    private final Caller editor = editor(fixture.ministry);

    private long scheduledPhoto(byte[] bytes) {
        Attachment photo = media.store(editor, fixture.ministry, "most.jpg", "image/jpeg", bytes, "Новый мост");
        PlanItem item = plan.create(editor, new PlanItem(null, 0, fixture.ministry, PlanItemKind.POST, null,
                Instant.parse("2026-11-25T05:00:00Z"), Format.PHOTO, "Общий текст",
                List.of(PlanTarget.of(fixture.ministryVk, "Текст для ВК"), PlanTarget.of(fixture.ministryOk, null)),
                List.of(photo), null, null, null, null, null, 0));
        plan.submit(editor, item.id());
        plan.approve(press("press"), item.id(), null);
        return item.id();
    }

    @Test
    void thePublicationCarriesTheVariantTheCheckedMediaAndTheRowsKey() {
        byte[] bytes = {1, 2, 3, 4};
        long itemId = scheduledPhoto(bytes);
        Map<Long, Publication> publications = fixture.database.read(em -> TargetRows.of(em, itemId).stream()
                .collect(Collectors.toMap(PublicationEntity::getAccountId, row -> content.publicationFor(em, row))));
        Publication vk = publications.get(fixture.ministryVk);
        assertEquals("Текст для ВК", vk.text());
        assertEquals("Общий текст", publications.get(fixture.ministryOk).text());
        assertEquals(Format.PHOTO, vk.format());
        assertArrayEquals(bytes, vk.media().get(0).content());
        assertEquals("Новый мост", vk.media().get(0).altText());
        assertEquals("plan-" + itemId + "-" + fixture.ministryVk + "-1", vk.idempotencyKey());
        assertNull(vk.publishAt());
    }

    @Test
    void aDamagedMediaFileIsNeverPublished() {
        long itemId = scheduledPhoto(new byte[] {1, 2, 3});
        fixture.database.write(em -> {
            em.createNativeQuery("UPDATE SD_MEDIA SET SHA256 = ?").setParameter(1, "0".repeat(64)).executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll();
            return null;
        });
        assertThrows(IllegalStateException.class, () -> fixture.database.read(em ->
                content.publicationFor(em, TargetRows.of(em, itemId).get(0))));
    }

    @Test
    void theItemIsPublishedOnceEveryTargetIsAndTheStepIsAudited() {
        long itemId = scheduledPhoto(new byte[] {1});
        Instant at = Instant.parse("2026-11-25T05:00:10Z");
        for (int i = 0; i < 2; i++) {
            int index = i;
            fixture.database.write(em -> {
                PublicationEntity row = TargetRows.of(em, itemId).get(index);
                row.setState(TargetState.PUBLISHED.name());
                row.setPublished("post-" + index, "https://vk.com/wall-1_" + index, at);
                content.targetChanged(em, row, "publisher");
                return null;
            });
            assertEquals(index == 0 ? PlanItemState.SCHEDULED : PlanItemState.PUBLISHED,
                    plan.find(editor, itemId).state());
        }
        assertEquals("publisher", plan.history(editor, itemId).get(4).actor());
        long audited = fixture.database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e "
                + "WHERE e.action = 'PLAN_ITEM_PUBLISHED' AND e.actor = 'publisher'", Long.class).getSingleResult());
        assertEquals(1, audited);
    }
}
