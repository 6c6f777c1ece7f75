package org.socialdesk.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.persistence.entity.NotificationCursorEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;

class PlanNoticeMailTest {

    @TempDir
    Path data;

    private MailFixture fixture;
    private Organisation health;
    private MailNotifications node;

    @BeforeEach
    void start() {
        fixture = new MailFixture(data);
        fixture.startSmtp();
        health = fixture.organisation("Министерство здравоохранения Алтайского края", false,
                new ResponsiblePerson("Иванова Анна", null, null, MailFixture.IVANOVA),
                new ResponsiblePerson("Сидоров Олег", null, "+7 (3852) 20-00-00", null));
        node = fixture.node();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void thePlanBeforeTheFirstStartIsNobodysNews() {
        PlanItemEntity item = fixture.planItem(health, "День донора");
        fixture.transition(item, PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, "editor", null);

        node.deliver();
        node.deliver();

        assertTrue(fixture.received().isEmpty());
    }

    @Test
    void aSubmittedItemIsToldToThePressOfficeAndAReturnedOneToTheResponsiblePersons() {
        node.deliver();
        PlanItemEntity item = fixture.planItem(health, "День донора");
        fixture.transition(item, PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, "editor", null);
        node.deliver();

        List<MimeMessage> mails = fixture.received();
        assertEquals(1, mails.size());
        assertEquals(List.of(MailFixture.PRESS_OFFICE), MailFixture.recipients(mails.get(0)));
        assertEquals("На согласовании: «День донора» — Министерство здравоохранения Алтайского края",
                MailFixture.subject(mails.get(0)));
        String submitted = MailFixture.body(mails.get(0));
        assertTrue(submitted.contains("публикация «День донора» (№ " + item.getId() + ", на 27.11.2026 10:00) "
                + "отправлена на согласование."), submitted);
        assertTrue(submitted.contains("Открыть в контент-плане: https://socialdesk.example.ru/content-plan?item="
                + item.getId() + "\n"), submitted);

        fixture.clock.advance(Duration.ofMinutes(10));
        fixture.transition(item, PlanItemState.IN_APPROVAL, PlanItemState.RETURNED, "press",
                "Уберите канцелярит из первого абзаца");
        node.deliver();

        mails = fixture.received();
        assertEquals(2, mails.size());
        assertEquals(List.of(MailFixture.IVANOVA), MailFixture.recipients(mails.get(1)));
        String returned = MailFixture.body(mails.get(1));
        assertTrue(returned.contains("возвращена с замечаниями"), returned);
        assertTrue(returned.contains("Замечание: Уберите канцелярит из первого абзаца"), returned);
        assertTrue(returned.contains("Кто и когда: press, 26.11.2026 10:10 (Asia/Barnaul)"), returned);
    }

    @Test
    void approvalAndAFailedPublicationAreToldToTheResponsiblePersonsAndRoutineStepsToNobody() {
        node.deliver();
        PlanItemEntity item = fixture.planItem(health, "День донора");
        fixture.transition(item, PlanItemState.IN_APPROVAL, PlanItemState.APPROVED, "press", null);
        fixture.transition(item, PlanItemState.APPROVED, PlanItemState.SCHEDULED, "press", null);
        fixture.transition(item, PlanItemState.SCHEDULED, PlanItemState.FAILED, "system",
                "vk: access token expired");
        fixture.transition(item, PlanItemState.FAILED, PlanItemState.SCHEDULED, "editor", "retry");
        fixture.transition(item, PlanItemState.SCHEDULED, PlanItemState.PUBLISHED, "system", null);
        node.deliver();

        List<MimeMessage> mails = fixture.received();
        assertEquals(List.of("Согласовано", "Ошибка публикации"),
                mails.stream().map(mail -> MailFixture.subject(mail).split(":")[0]).toList());
        assertTrue(mails.stream().allMatch(mail -> MailFixture.recipients(mail).equals(List.of(MailFixture.IVANOVA))));
        assertTrue(MailFixture.body(mails.get(1)).contains("Причина: vk: access token expired"));
    }

    @Test
    void eachStepIsToldOnceThoughTheCursorWaitsForItToSettle() {
        node.deliver();
        PlanItemEntity item = fixture.planItem(health, "День донора");
        fixture.transition(item, PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, "editor", null);
        node.deliver();
        node.deliver();
        assertEquals(1, fixture.received().size(), "told at once, and once");
        long waiting = cursor();

        fixture.clock.advance(PlanNotices.SETTLE.plusSeconds(1));
        node.deliver();
        fixture.node().deliver();

        assertEquals(1, fixture.received().size(), "neither a later round nor a restart tells it again");
        assertTrue(cursor() > waiting, "the cursor passed the settled transitions");
    }

    @Test
    void demoOrganisationsAreNeverMailedAbout() {
        Organisation demo = fixture.organisation("Демо-министерство", true,
                new ResponsiblePerson("Демо", null, null, "demo@example.ru"));
        node.deliver();
        PlanItemEntity item = fixture.planItem(demo, "Демо-публикация");
        fixture.transition(item, PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, "editor", null);
        fixture.transition(item, PlanItemState.IN_APPROVAL, PlanItemState.RETURNED, "press", "Демо");
        node.deliver();
        assertTrue(fixture.received().isEmpty());
    }

    private long cursor() {
        return fixture.database.read(em -> em.find(NotificationCursorEntity.class, PlanNotices.STREAM).getPosition());
    }
}
