package org.socialdesk.notification.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.QuotaWarningEntity;

/**
 * Warns by e-mail about the accounts that will miss their weekly quota of д.6, the same "at risk" the
 * Квоты page shows: once per account and ISO week, in the organisation's time zone, from the configured weekday
 * on. Each organisation's responsible persons and the press office get one mail listing its accounts newly at risk;
 * the warnings are recorded with the queued mails in one transaction, so a restart warns nobody twice. Demo
 * organisations are never warned about.
 */
final class QuotaWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaWarnings.class);

    private final Database database;
    private final QuotaService quotas;
    private final OrganisationService organisations;
    private final Clock clock;

    QuotaWarnings(Database database, QuotaService quotas, OrganisationService organisations, Clock clock) {
        this.database = database;
        this.quotas = quotas;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** @return how many accounts were warned about now */
    int warn(MailSettings settings) {
        Instant now = clock.instant();
        // organisations in different zones may be in different weeks around midnight on Sunday
        Map<IsoWeek, Map<Long, Organisation>> byWeek = new LinkedHashMap<>();
        for (Organisation organisation : organisations.list(Caller.SYSTEM)) {
            DayOfWeek today = now.atZone(organisation.timeZone()).getDayOfWeek();
            if (!organisation.demo() && today.compareTo(settings.quotaWarningsFrom()) >= 0) {
                byWeek.computeIfAbsent(IsoWeek.of(now, organisation.timeZone()), week -> new LinkedHashMap<>())
                        .put(organisation.id(), organisation);
            }
        }
        int warned = 0;
        for (Map.Entry<IsoWeek, Map<Long, Organisation>> week : byWeek.entrySet()) {
            Set<Long> before = warnedIn(week.getKey());
            Map<Long, List<AccountQuota>> atRisk = quotas.week(Caller.SYSTEM, null, week.getKey()).stream()
                    .filter(quota -> quota.status() == QuotaStatus.AT_RISK)
                    .filter(quota -> week.getValue().containsKey(quota.organisationId()))
                    .filter(quota -> !before.contains(quota.accountId()))
                    .collect(Collectors.groupingBy(AccountQuota::organisationId, LinkedHashMap::new,
                            Collectors.toList()));
            for (Map.Entry<Long, List<AccountQuota>> accounts : atRisk.entrySet()) {
                warned += warn(week.getValue().get(accounts.getKey()), week.getKey(), accounts.getValue(), settings,
                        now);
            }
        }
        return warned;
    }

    private Set<Long> warnedIn(IsoWeek week) {
        return database.read(em -> new HashSet<>(em.createQuery("SELECT w.accountId FROM QuotaWarningEntity w"
                + " WHERE w.isoWeek = :week", Long.class).setParameter("week", week.toString()).getResultList()));
    }

    private int warn(Organisation organisation, IsoWeek week, List<AccountQuota> atRisk, MailSettings settings,
            Instant now) {
        List<String> recipients = Recipients.responsibleAndPressOffice(organisation, settings);
        Letter letter = QuotaWarningLetter.of(organisation, week, atRisk, settings.link("quotas"));
        try {
            database.write(em -> {
                long first = Long.MAX_VALUE;
                for (AccountQuota quota : atRisk) {
                    QuotaWarningEntity warning = new QuotaWarningEntity(quota.accountId(), quota.organisationId(),
                            week.toString(), quota.required(), quota.published(), quota.planned(), now);
                    em.persist(warning);
                    em.flush();
                    first = Math.min(first, warning.getId());
                }
                for (String recipient : recipients) {
                    // the first warning's id names this round of the organisation's week
                    MailOutbox.queue(em, "quota:" + first + ":" + Recipients.keyOf(recipient), recipient, letter, now,
                            week.end(organisation.timeZone()));
                }
                return null;
            });
        } catch (PersistenceException e) {
            // the week's unique warning per account: another node warned about one of them meanwhile
            // (not its message: the failed statement may show the recipients' addresses)
            LOG.info("Quota warnings of organisation {} for {} were recorded elsewhere meanwhile",
                    organisation.id(), week);
            return 0;
        }
        if (recipients.isEmpty()) {
            LOG.info("{} account(s) of organisation {} will miss the quota of {}, but it has no responsible person "
                    + "with an e-mail address and no press office address is configured", atRisk.size(),
                    organisation.id(), week);
        }
        return atRisk.size();
    }
}
