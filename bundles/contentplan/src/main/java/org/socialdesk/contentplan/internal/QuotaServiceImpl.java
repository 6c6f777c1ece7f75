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
 * Weekly quotas of д.6. Counts are aggregated by the database per account, a pair of queries per time zone in use
 * (usually one), so that the table for every account costs the same few queries as the table for one.
 */
@Component(service = QuotaService.class)
public class QuotaServiceImpl implements QuotaService {

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

    @Override
    public List<AccountQuota> week(Caller caller, Long organisationId, IsoWeek week) {
        if (organisationId != null) {
            PlanRights.requireRead(caller, organisationId);
        }
        Optional<Set<Long>> readable = PlanRights.readable(caller);
        return database.read(em -> {
            Map<Long, Org> organisations = organisations(em);
            List<Account> accounts = accounts(em, organisationId, readable);
            Map<ZoneId, List<Account>> byZone = new HashMap<>();
            accounts.forEach(a -> byZone.computeIfAbsent(organisations.get(a.organisationId()).zone(),
                    zone -> new ArrayList<>()).add(a));
            Instant now = clock.instant();
            List<AccountQuota> quotas = new ArrayList<>();
            byZone.forEach((zone, inZone) -> {
                Instant start = week.start(zone);
                Instant end = week.end(zone);
                Map<Long, Long> published = published(em, start, end);
                Map<Long, Long> planned = planned(em, start.isAfter(now) ? start : now, end);
                for (Account account : inZone) {
                    int required = account.override() != null ? account.override()
                            : organisations.get(account.organisationId()).kind().weeklyQuota();
                    int done = published.getOrDefault(account.id(), 0L).intValue();
                    int coming = planned.getOrDefault(account.id(), 0L).intValue();
                    quotas.add(new AccountQuota(account.id(), account.organisationId(), account.title(),
                            account.network(), week, required, done, coming, status(required, done, coming)));
                }
            });
            quotas.sort(Comparator.comparingLong(AccountQuota::organisationId)
                    .thenComparing(AccountQuota::network).thenComparingLong(AccountQuota::accountId));
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
        String jpql = "SELECT a.id, a.organisationId, a.title, a.network, a.weeklyQuotaOverride FROM AccountEntity a"
                + " WHERE a.state = :active" + (organisationId == null ? "" : " AND a.organisationId = :organisation")
                + (readable.isEmpty() ? "" : " AND a.organisationId IN :readable");
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("active", AccountState.ACTIVE);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        readable.ifPresent(ids -> query.setParameter("readable", ids));
        return query.getResultStream().map(r -> new Account((Long) r[0], (Long) r[1], (String) r[2],
                (String) r[3], (Integer) r[4])).toList();
    }

    /**
     * Verified posts per account in [start, end). A reply to a citizen has no publication time of its own (see
     * {@link ContentPlanServiceImpl}), so it never counts. {@code COUNT(p.accountId)} keeps the count inside the
     * index {@code SD_PUBLICATION_PUBLISHED}.
     */
    private static Map<Long, Long> published(EntityManager em, Instant start, Instant end) {
        return counts(em.createQuery("SELECT p.accountId, COUNT(p.accountId) FROM PublicationEntity p "
                + "WHERE p.state = :published AND p.publishedUtcMillis >= :start AND p.publishedUtcMillis < :end "
                + "GROUP BY p.accountId", Object[].class)
                .setParameter("published", TargetState.PUBLISHED.name())
                .setParameter("start", start.toEpochMilli()).setParameter("end", end.toEpochMilli()), Map.of());
    }

    /**
     * Posts in the outbox due in [from, end), one query per state: an equality on the state lets the database range
     * over the index {@code SD_PUBLICATION_PLANNED}, where an IN list would not.
     */
    private static Map<Long, Long> planned(EntityManager em, Instant from, Instant end) {
        Map<Long, Long> planned = Map.of();
        if (!from.isBefore(end)) {
            return planned;
        }
        for (TargetState coming : List.of(TargetState.WAITING, TargetState.PUBLISHING)) {
            planned = counts(em.createQuery("SELECT p.accountId, COUNT(p.accountId) FROM PublicationEntity p "
                    + "WHERE p.state = :coming AND p.dueUtcMillis >= :from AND p.dueUtcMillis < :end "
                    + "GROUP BY p.accountId", Object[].class)
                    .setParameter("coming", coming.name())
                    .setParameter("from", from.toEpochMilli()).setParameter("end", end.toEpochMilli()), planned);
        }
        return planned;
    }

    /** The query's counts per account added to {@code earlier}. */
    private static Map<Long, Long> counts(TypedQuery<Object[]> query, Map<Long, Long> earlier) {
        Map<Long, Long> counts = new HashMap<>(earlier);
        query.getResultStream().forEach(r -> counts.merge((Long) r[0], ((Number) r[1]).longValue(), Long::sum));
        return counts;
    }
}
