package org.socialdesk.contentplan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;

/**
 * Weekly quotas of д.6. The database hands over the account id of each of the week's outbox rows that counts,
 * straight from a covering index, and they are counted here: a GROUP BY made Derby sort those rows first, a third of
 * the time of the whole table (tools/contentplan-bench). A query per kind of count and time zone in use (usually
 * one), so the table for every account costs the same few queries as the table for one.
 */
@Component(service = QuotaService.class)
public class QuotaServiceImpl implements QuotaService {

    /** The table's order: by organisation, network and account. */
    private static final Comparator<Account> TABLE_ORDER = (a, b) -> {
        int order = Long.compare(a.organisationId(), b.organisationId());
        if (order == 0) {
            order = a.network().compareTo(b.network());
        }
        return order != 0 ? order : Long.compare(a.id(), b.id());
    };

    private final Database database;
    private final Clock clock;

    @Activate
    public QuotaServiceImpl(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    public QuotaServiceImpl(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    private record Org(OrganisationKind kind, ZoneId zone) {
    }

    private record Account(long id, long organisationId, String title, String network, Integer override) {
    }

    /** Published and planned posts per account in one week of one time zone. */
    private record WeekCounts(Map<Long, Integer> published, Map<Long, Integer> planned) {
    }

    @Override
    public List<AccountQuota> week(Caller caller, Long organisationId, IsoWeek week) {
        if (organisationId != null) {
            PlanRights.requireRead(caller, organisationId);
        }
        Optional<Set<Long>> readable = PlanRights.readable(caller);
        return database.read(em -> {
            Map<Long, Org> organisations = organisations(em);
            List<Account> accounts = new ArrayList<>(accounts(em, organisationId, readable));
            accounts.sort(TABLE_ORDER);
            Instant now = clock.instant();
            Map<ZoneId, WeekCounts> byZone = new HashMap<>();
            List<AccountQuota> quotas = new ArrayList<>(accounts.size());
            for (Account account : accounts) {
                Org organisation = organisations.get(account.organisationId());
                WeekCounts counts = byZone.computeIfAbsent(organisation.zone(), zone -> counts(em, week, zone, now));
                int required = account.override() != null ? account.override() : organisation.kind().weeklyQuota();
                int done = counts.published().getOrDefault(account.id(), 0);
                int coming = counts.planned().getOrDefault(account.id(), 0);
                quotas.add(new AccountQuota(account.id(), account.organisationId(), account.title(),
                        account.network(), week, required, done, coming, status(required, done, coming)));
            }
            return quotas;
        });
    }

    static QuotaStatus status(int required, int published, int planned) {
        if (published >= required) {
            return QuotaStatus.MET;
        }
        return published + planned >= required ? QuotaStatus.ON_TRACK : QuotaStatus.AT_RISK;
    }

    private static Map<Long, Org> organisations(EntityManager em) {
        Map<Long, Org> organisations = new HashMap<>();
        em.createQuery("SELECT o.id, o.kind, o.timeZone FROM OrganisationEntity o", Object[].class)
                .getResultStream().forEach(r -> organisations.put((Long) r[0], new Org((OrganisationKind) r[1],
                        ZoneId.of((String) r[2]))));
        return organisations;
    }

    private static List<Account> accounts(EntityManager em, Long organisationId, Optional<Set<Long>> readable) {
        if (readable.isPresent() && readable.get().isEmpty()) {
            return List.of();
        }
        // the state is a literal: with a parameter Derby cannot tell that nearly every account is active, and goes
        // through the index SD_ACCOUNT_PUBLISHED to fetch each row from the table on its own, at twice the cost of
        // reading the table through (tools/contentplan-bench)
        String jpql = "SELECT a.id, a.organisationId, a.title, a.network, a.weeklyQuotaOverride FROM AccountEntity a"
                + " WHERE a.state = " + AccountState.class.getName() + "." + AccountState.ACTIVE.name()
                + (organisationId == null ? "" : " AND a.organisationId = :organisation")
                + (readable.isEmpty() ? "" : " AND a.organisationId IN :readable");
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        readable.ifPresent(ids -> query.setParameter("readable", ids));
        return query.getResultStream().map(r -> new Account((Long) r[0], (Long) r[1], (String) r[2],
                (String) r[3], (Integer) r[4])).toList();
    }

    private static WeekCounts counts(EntityManager em, IsoWeek week, ZoneId zone, Instant now) {
        Instant start = week.start(zone);
        Instant end = week.end(zone);
        return new WeekCounts(published(em, start, end), planned(em, start, end, now));
    }

    /**
     * Verified posts per account in [start, end). A reply to a citizen gets no publication time when moderation
     * delivers it, so it never counts. Reads the index {@code SD_PUBLICATION_PUBLISHED} alone.
     */
    private static Map<Long, Integer> published(EntityManager em, Instant start, Instant end) {
        return counts(em.createQuery("SELECT p.accountId FROM PublicationEntity p "
                + "WHERE p.state = :published AND p.publishedUtcMillis >= :start AND p.publishedUtcMillis < :end",
                Long.class)
                .setParameter("published", TargetState.PUBLISHED.name())
                .setParameter("start", start.toEpochMilli()).setParameter("end", end.toEpochMilli()), new HashMap<>());
    }

    /**
     * Posts in the outbox due after {@code now} and before {@code end}, from {@code start} on, one query per state:
     * an equality on the state lets the database range over the index {@code SD_PUBLICATION_PLANNED}, where an IN
     * list would not. A row due at {@code now} itself is being published, not still to come; and a reply to a
     * citizen is due at the instant of its approval, so it never counts: it is not a post of the plan.
     */
    private static Map<Long, Integer> planned(EntityManager em, Instant start, Instant end, Instant now) {
        Map<Long, Integer> planned = new HashMap<>();
        long from = start.isAfter(now) ? start.toEpochMilli() : now.toEpochMilli() + 1;
        if (from >= end.toEpochMilli()) {
            return planned;
        }
        for (TargetState coming : List.of(TargetState.WAITING, TargetState.PUBLISHING)) {
            counts(em.createQuery("SELECT p.accountId FROM PublicationEntity p "
                    + "WHERE p.state = :coming AND p.dueUtcMillis >= :from AND p.dueUtcMillis < :end", Long.class)
                    .setParameter("coming", coming.name())
                    .setParameter("from", from).setParameter("end", end.toEpochMilli()), planned);
        }
        return planned;
    }

    /** Adds a row per account id the query returns to {@code counts}. */
    private static Map<Long, Integer> counts(TypedQuery<Long> query, Map<Long, Integer> counts) {
        query.getResultStream().forEach(accountId -> counts.merge(accountId, 1, Integer::sum));
        return counts;
    }
}
