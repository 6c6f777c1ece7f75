package org.socialdesk.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.MailOutboxEntity;

/**
 * E-mail notices: quota warnings and the approval steps of the content plan, queued in the database and
 * sent through the configured SMTP server. With mail off nothing is read or queued, and what was queued before
 * stays queued: the plan's cursor waits where it is, so nothing is lost until mail is on again. A new configuration
 * restarts the component.
 */
@Component(configurationPid = "org.socialdesk.notification", service = {MailTest.class, MailQueue.class},
        immediate = true)
@Designate(ocd = NotificationConfig.class)
public class MailNotifications implements MailTest, MailQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MailNotifications.class);
    private static final String TEST_SUBJECT = "SocialDesk: проверка почты";
    private static final String TEST_BODY = "Это проверочное письмо SocialDesk. Если вы его получили, уведомления "
            + "по электронной почте настроены верно.\n" + Signature.TEXT;

    private final MailSettings settings;
    private final SmtpMailer mailer;
    private final MailOutbox outbox;
    private final PlanNotices planNotices;
    private final QuotaWarnings quotaWarnings;
    private final ScheduledExecutorService scheduler;

    @Activate
    public MailNotifications(@Reference Database database, @Reference QuotaService quotas,
            @Reference OrganisationService organisations, NotificationConfig config) {
        this(database, quotas, organisations, MailSettings.of(config), Clock.systemUTC());
        if (!settings.enabled()) {
            LOG.info("E-mail notifications are off: set smtpHost and fromAddress in "
                    + "etc/org.socialdesk.notification.cfg to turn them on");
            return;
        }
        LOG.info("E-mail notifications through {}", settings);
        long poll = settings.poll().toSeconds();
        scheduler.scheduleWithFixedDelay(this::deliver, poll, poll, TimeUnit.SECONDS);
        // a first look soon after a start, so that a restart on a Friday afternoon does not wait an hour
        scheduler.scheduleWithFixedDelay(this::checkQuotas, 2 * poll, settings.quotaCheck().toSeconds(),
                TimeUnit.SECONDS);
    }

    MailNotifications(Database database, QuotaService quotas, OrganisationService organisations,
            MailSettings settings, Clock clock) {
        this.settings = settings;
        this.mailer = new SmtpMailer(settings, clock);
        this.outbox = new MailOutbox(database, clock);
        this.planNotices = new PlanNotices(database, organisations, clock);
        this.quotaWarnings = new QuotaWarnings(database, quotas, organisations, clock);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "socialdesk-notification");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** Queues the notices of new plan transitions, then sends what is due. */
    void deliver() {
        if (!settings.enabled()) {
            return;
        }
        try {
            planNotices.queueNew(settings);
        } catch (RuntimeException e) {
            LOG.error("Reading the plan's transitions for e-mail notices failed; the next round reads them again", e);
        }
        try {
            outbox.sendDue(mailer);
        } catch (RuntimeException e) {
            LOG.error("Sending queued mail failed; it stays queued for the next round", e);
        }
    }

    /** Queues the warnings about accounts newly at risk of missing their weekly quota. */
    void checkQuotas() {
        if (!settings.enabled()) {
            return;
        }
        try {
            quotaWarnings.warn(settings);
        } catch (RuntimeException e) {
            LOG.error("Checking the weekly quotas for e-mail warnings failed; the next check tries again", e);
        }
    }

    @Override
    public Map<MailOutboxEntity.State, Long> counts() {
        return outbox.counts();
    }

    @Override
    public List<Trouble> troubles(int limit) {
        return outbox.troubles(limit);
    }

    @Override
    public String send(String address) throws MailDeliveryException {
        if (!settings.enabled()) {
            throw new MailDeliveryException("E-mail is off: set smtpHost and fromAddress in "
                    + "etc/org.socialdesk.notification.cfg", false, null);
        }
        return mailer.send(address, new Letter(TEST_SUBJECT, TEST_BODY));
    }
}
