package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.Occasion;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PollSpec;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.Format;

class PlanDraftTest {

    private static final ZoneId BARNAUL = ZoneId.of("Asia/Barnaul");
    private static final Map<Long, String> NETWORKS = Map.of(11L, "vk", 12L, "telegram", 13L, "vk");

    @Test
    void anItemComesBackUnchangedThroughTheForm() {
        PlanTarget published = new PlanTarget(11, null, TargetState.PUBLISHED, "wall-1_5", "https://vk.com/wall-1_5",
                Instant.parse("2026-11-20T03:00:00Z"), null);
        PlanTarget telegram = new PlanTarget(12, "Коротко для канала", TargetState.PENDING, null, null, null, null);
        PlanItem item = new PlanItem(5L, 3, 1, PlanItemKind.POST,
                new Occasion(OccasionKind.GOVERNOR, "Открытие школы", LocalDateTime.of(2026, 11, 30, 11, 0), "Бийск"),
                Instant.parse("2026-11-30T03:00:00Z"), Format.POLL, "Общий текст", List.of(published, telegram),
                List.of(new Attachment(9, "школа.jpg", "image/jpeg", 2048, "ab12", "Новая школа")),
                new PollSpec("Пойдёте?", List.of("Да", "Нет"), true, false), null, "ivanova",
                PlanItemState.RETURNED, "Уточните дату", 1);

        PlanDraft draft = PlanDraft.of(item, BARNAUL, NETWORKS);

        assertEquals(LocalDateTime.of(2026, 11, 30, 10, 0), draft.plannedAt);
        assertEquals(Map.of("telegram", "Коротко для канала"), draft.variants);
        assertEquals("Да\nНет", draft.pollOptions);
        assertEquals(item, draft.toItem(BARNAUL, NETWORKS));
    }

    @Test
    void aVariantGoesToEveryAccountOfItsNetworkAndABlankOneMeansTheCommonText() {
        PlanDraft draft = PlanDraft.newPost(1, LocalDateTime.of(2026, 12, 1, 9, 30), "petrov");
        draft.accountIds.addAll(List.of(11L, 12L, 13L));
        draft.variants.put("vk", "Для ВКонтакте");
        draft.variants.put("telegram", "   ");
        draft.text = "Общий";

        PlanItem item = draft.toItem(BARNAUL, NETWORKS);

        assertEquals(List.of(PlanTarget.of(11, "Для ВКонтакте"), PlanTarget.of(12, null),
                PlanTarget.of(13, "Для ВКонтакте")), item.targets());
        assertEquals(Instant.parse("2026-12-01T02:30:00Z"), item.plannedAt());
        assertNull(item.id());
        assertEquals("petrov", item.responsibleEditor());
    }

    @Test
    void withoutATitleThereIsNoOccasionAndOnlyAPollCarriesItsOptions() {
        PlanDraft draft = PlanDraft.newPost(1, LocalDateTime.of(2026, 12, 1, 9, 30), "");
        draft.occasionTitle = "  ";
        draft.pollQuestion = "Вопрос";
        draft.pollOptions = "Да\n\n  Нет  \r\n";
        draft.format = Format.TEXT;

        PlanItem text = draft.toItem(BARNAUL, NETWORKS);
        assertNull(text.occasion());
        assertNull(text.poll());
        assertNull(text.responsibleEditor());

        draft.format = Format.POLL;
        assertEquals(List.of("Да", "Нет"), draft.toItem(BARNAUL, NETWORKS).poll().options());
    }
}
