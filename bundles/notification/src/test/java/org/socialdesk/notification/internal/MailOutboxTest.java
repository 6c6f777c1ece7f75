package org.socialdesk.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.socialdesk.persistence.entity.MailOutboxEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;

class MailOutboxTest {

    @TempDir
    Path data;

    private MailFixture fixture;
    private Organisation health;

    @BeforeEach
    void start() {
        fixture = new MailFixture(data);
        health = fixture.organisation("Министерство здравоохранения Алтайского края", false,
                new ResponsiblePerson("Иванова Анна", null, null, MailFixture.IVANOVA));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void mailIsKeptWhileTheServerIsDownAndSentWhenItIsBack() {
        MailNotifications node = fixture.node();
        node.deliver();
        submit(fixture.planItem(health, "День донора"));
        node.deliver();

        MailOutboxEntity waiting = fixture.outbox().get(0);
        assertEquals(MailOutboxEntity.State.PENDING, waiting.getState());
        assertEquals(1, waiting.getAttempts());
        assertTrue(waiting.getLastError().startsWith("Cannot connect to 127.0.0.1:" + fixture.port),
                waiting.getLastError());
        assertEquals(fixture.clock.instant().plus(MailOutbox.FIRST_RETRY), waiting.getNextAttempt());

        fixture.startSmtp();
        node.deliver();
        assertTrue(fixture.received().isEmpty(), "the retry waits for its time");

        fixture.clock.advance(MailOutbox.FIRST_RETRY);
        fixture.node().deliver();
        assertEquals(1, fixture.received().size());
        assertEquals(MailOutboxEntity.State.SENT, fixture.outbox().get(0).getState());
    }

    @Test
    void withMailOffNothingIsSentAndNothingIsLost() {
        fixture.startSmtp();
        MailNotifications on = fixture.node();
        on.deliver();
        submit(fixture.planItem(health, "День донора"));

        MailNotifications off = fixture.node(fixture.settings("", MailSettings.Security.NONE));
        off.deliver();
        off.checkQuotas();
        assertTrue(fixture.received().isEmpty());
        assertTrue(fixture.outbox().isEmpty(), "nothing is even queued while mail is off");

        fixture.clock.advance(Duration.ofDays(1));
        fixture.node().deliver();
        assertEquals(1, fixture.received().size(), "the step during the pause is told once mail is on again");
    }

    @Test
    void aMalformedAddressIsSetAsideAndTheRestIsSent() {
        fixture.startSmtp();
        fixture.database.write(em -> {
            Letter letter = new Letter("Проверка", "Текст");
            MailOutbox.queue(em, "test:1", "ivanova@@example", letter, fixture.clock.instant(), null);
            MailOutbox.queue(em, "test:2", MailFixture.IVANOVA, letter, fixture.clock.instant(), null);
            MailOutbox.queue(em, "test:2", MailFixture.IVANOVA, letter, fixture.clock.instant(), null);
            return null;
        });
        fixture.node().deliver();

        List<MailOutboxEntity> outbox = fixture.outbox();
        assertEquals(List.of(MailOutboxEntity.State.REJECTED, MailOutboxEntity.State.SENT),
                outbox.stream().map(MailOutboxEntity::getState).toList(), "a key is queued once");
        assertTrue(outbox.get(0).getLastError().startsWith("The address is malformed"), outbox.get(0).getLastError());
        assertEquals(1, fixture.received().size());
    }

    @Test
    void retriesWaitLongerEachTimeUpToAnHour() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1)),
                List.of(1, 2, 3, 6, 7, 50).stream().map(MailOutbox::retryDelay).toList());
    }

    @Test
    void theLogNeverShowsTheRecipientsAddress() {
        assertEquals("The server smtp.example.ru:587 did not take the mail: 452 4.2.2 <RECIPIENT>: mailbox full",
                MailOutbox.withoutAddress("The server smtp.example.ru:587 did not take the mail: 452 4.2.2 "
                        + "<IVANOVA@example.ru>: mailbox full", MailFixture.IVANOVA));
    }

    private void submit(PlanItemEntity item) {
        fixture.transition(item, PlanItemState.DRAFT, PlanItemState.IN_APPROVAL, "editor", null);
    }
}
