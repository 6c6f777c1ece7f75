package org.socialdesk.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.SettableClock;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.MailOutboxEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PlanTransitionEntity;
import org.socialdesk.registry.internal.OrganisationServiceImpl;

/**
 * The real persistence unit and organisation service, a real SMTP server (GreenMail) on a free port, a clock the
 * test moves, and the weekly quotas as the test says they stand.
 */
final class MailFixture implements AutoCloseable {

    static final String FROM = "socialdesk@example.ru";
    static final String PRESS_OFFICE = "press@example.ru";
    static final String IVANOVA = "ivanova@example.ru";
    static final String PETROV = "Petrov@Example.ru";
    /** Thursday 26 November 2026, 10:00 in Barnaul: week 2026-W48. */
    static final Instant THURSDAY = LocalDateTime.of(2026, 11, 26, 10, 0).atZone(Organisation.ALTAI).toInstant();

    final Database database = InMemoryDatabase.create();
    final OrganisationServiceImpl organisations;
    final SettableClock clock = new SettableClock(THURSDAY);
    final List<AccountQuota> quotas = new ArrayList<>();
    final QuotaService quotaService = (caller, organisationId, week) -> quotas.stream()
            .filter(quota -> quota.week().equals(week)).toList();
    final int port = freePort();
    private GreenMail smtp;

    MailFixture(Path data) {
        organisations = new OrganisationServiceImpl(database,
                new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head"))));
    }

    /** An organisation of Altai Krai with the given responsible persons. */
    Organisation organisation(String name, boolean demo, ResponsiblePerson... persons) {
        Organisation created = organisations.create(Caller.SYSTEM, new Organisation(null, name, null,
                OrganisationKind.EXECUTIVE_BODY, null, null, null, null, false, Arrays.asList(persons)));
        if (!demo) {
            return created;
        }
        database.write(em -> {
            em.find(OrganisationEntity.class, created.id()).setDemo(true);
            return null;
        });
        return organisations.find(Caller.SYSTEM, created.id());
    }

    MailSettings settings() {
        return settings("127.0.0.1", MailSettings.Security.NONE);
    }

    MailSettings settings(String host, MailSettings.Security security) {
        return new MailSettings(host, port, security, null, null, FROM, PRESS_OFFICE, "https://socialdesk.example.ru",
                Duration.ofSeconds(30), Duration.ofMinutes(60), DayOfWeek.WEDNESDAY);
    }

    /** A running node of the notifications with the given settings, as after a (re)start. */
    MailNotifications node(MailSettings settings) {
        return new MailNotifications(database, quotaService, organisations, settings, clock);
    }

    MailNotifications node() {
        return node(settings());
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    void stopSmtp() {
        smtp.stop();
        smtp = null;
    }

    /** Every mail the SMTP server took so far. */
    List<MimeMessage> received() {
        return smtp == null ? List.of() : List.of(smtp.getReceivedMessages());
    }

    /** A plan item of the organisation, as the content plan stores it, with its first transition. */
    PlanItemEntity planItem(Organisation organisation, String occasion) {
        return database.write(em -> {
            PlanItemEntity item = new PlanItemEntity();
            item.setOrganisationId(organisation.id());
            item.setKind(PlanItemKind.POST);
            item.setFormat(Format.TEXT);
            item.setOccasionTitle(occasion);
            item.setText("Текст публикации");
            item.setPlannedUtcMillis(THURSDAY.plus(Duration.ofDays(1)).toEpochMilli());
            item.setState(PlanItemState.DRAFT);
            em.persist(item);
            em.flush();
            em.persist(new PlanTransitionEntity(item.getId(), clock.instant(), "editor", null, "DRAFT", null));
            return item;
        });
    }

    /** A step of the item, as the content plan records it, at the clock's time. */
    void transition(PlanItemEntity item, PlanItemState from, PlanItemState to, String actor, String remark) {
        database.write(em -> {
            em.persist(new PlanTransitionEntity(item.getId(), clock.instant(), actor, from.name(), to.name(),
                    remark));
            return null;
        });
    }

    List<MailOutboxEntity> outbox() {
        return database.read(em -> em.createQuery("SELECT m FROM MailOutboxEntity m ORDER BY m.id",
                MailOutboxEntity.class).getResultList());
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
