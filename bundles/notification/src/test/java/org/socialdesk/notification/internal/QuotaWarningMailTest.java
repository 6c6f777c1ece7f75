package org.socialdesk.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.persistence.entity.MailOutboxEntity;

class QuotaWarningMailTest {

    private static final IsoWeek W48 = new IsoWeek(2026, 48);

    @TempDir
    Path data;

    private MailFixture fixture;
    private Organisation health;

    @BeforeEach
    void start() {
        fixture = new MailFixture(data);
        fixture.startSmtp();
        health = fixture.organisation("Министерство здравоохранения Алтайского края", false,
                new ResponsiblePerson("Иванова Анна", null, null, MailFixture.IVANOVA),
                new ResponsiblePerson("Сидоров Олег", null, "+7 (3852) 20-00-00", null),
                new ResponsiblePerson("Петров Иван", null, null, MailFixture.PETROV));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anAccountAtRiskIsWarnedAboutOnceAWeekEvenAfterARestart() {
        Organisation demo = fixture.organisation("Демо-министерство", true,
                new ResponsiblePerson("Демо", null, null, "demo@example.ru"));
        fixture.quotas.addAll(List.of(quota(1, health, 1, 2, QuotaStatus.AT_RISK),
                quota(2, health, 2, 3, QuotaStatus.ON_TRACK), quota(3, health, 0, 0, QuotaStatus.AT_RISK),
                quota(4, demo, 0, 0, QuotaStatus.AT_RISK)));
        MailNotifications node = fixture.node();

        node.checkQuotas();
        node.deliver();

        List<MimeMessage> mails = fixture.received();
        assertEquals(List.of(List.of(MailFixture.IVANOVA), List.of(MailFixture.PETROV),
                List.of(MailFixture.PRESS_OFFICE)), mails.stream().map(MailFixture::recipients).toList(),
                "the persons with an address and the press office, one mail each, nothing about the demo");
        String body = MailFixture.body(mails.get(0));
        assertTrue(body.contains("Аккаунт 1 (ВКонтакте): норма 5, опубликовано 1, запланировано 2, не хватает 2"),
                body);
        assertTrue(body.contains("Аккаунт 3 (ВКонтакте): норма 5, опубликовано 0, запланировано 0, не хватает 5"),
                body);
        assertFalse(body.contains("Аккаунт 2"), body);
        assertTrue(body.contains("https://socialdesk.example.ru/quotas"), body);
        assertTrue(MailFixture.subject(mails.get(0)).endsWith("неделя 2026-W48"), MailFixture.subject(mails.get(0)));

        fixture.clock.advance(Duration.ofHours(1));
        node.checkQuotas();
        node.deliver();
        MailNotifications restarted = fixture.node();
        restarted.checkQuotas();
        restarted.deliver();
        assertEquals(3, fixture.received().size(), "the week's warning is not repeated");
    }

    @Test
    void anAccountNewlyAtRiskLaterInTheWeekGetsAMailOfItsOwn() {
        fixture.quotas.add(quota(1, health, 1, 2, QuotaStatus.AT_RISK));
        MailNotifications node = fixture.node();
        node.checkQuotas();
        node.deliver();

        fixture.quotas.add(quota(7, health, 3, 0, QuotaStatus.AT_RISK));
        fixture.clock.advance(Duration.ofHours(5));
        node.checkQuotas();
        node.deliver();

        List<MimeMessage> mails = fixture.received();
        assertEquals(6, mails.size());
        String later = MailFixture.body(mails.get(3));
        assertTrue(later.contains("Аккаунт 7") && !later.contains("Аккаунт 1 "), later);
    }

    @Test
    void nothingIsWarnedAboutBeforeTheConfiguredWeekday() {
        fixture.quotas.add(quota(1, health, 0, 0, QuotaStatus.AT_RISK));
        fixture.clock.set(MailFixture.THURSDAY.minus(Duration.ofDays(3)));
        MailNotifications node = fixture.node();
        node.checkQuotas();
        node.deliver();
        assertTrue(fixture.received().isEmpty());
        assertTrue(fixture.outbox().isEmpty());
    }

    @Test
    void aWarningNotSentBeforeTheWeekEndsIsDropped() {
        fixture.stopSmtp();
        fixture.quotas.add(quota(1, health, 0, 0, QuotaStatus.AT_RISK));
        MailNotifications node = fixture.node();
        node.checkQuotas();
        node.deliver();

        fixture.startSmtp();
        fixture.clock.advance(Duration.ofDays(4));
        node.deliver();

        assertTrue(fixture.received().isEmpty(), "a warning about last week helps nobody");
        assertTrue(fixture.outbox().stream().allMatch(mail -> mail.getState() == MailOutboxEntity.State.EXPIRED));
    }

    private static AccountQuota quota(long account, Organisation organisation, int published, int planned,
            QuotaStatus status) {
        return new AccountQuota(account, organisation.id(), "Аккаунт " + account, "vk", W48, 5, published, planned,
                status);
    }
}
