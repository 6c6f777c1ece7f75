package org.socialdesk.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.NotificationCursorEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PlanTransitionEntity;

/**
 * Turns the content plan's transitions into notices ({@link PlanNotice}) without the content plan knowing: it reads
 * {@code SD_PLAN_TRANSITION} from a cursor kept in the database and queues the mails in the transaction that
 * advances the cursor, so nothing is lost or queued twice across restarts (the mail keys name the transition).
 * Demo organisations are never mailed about.
 *
 * <p>Transition ids come from an identity column, and a transaction that took a lower id can commit after one that
 * took a higher: the cursor therefore passes only transitions older than {@link #SETTLE}. Younger ones are queued
 * as soon as they are seen, and seen again (and found queued) until the cursor passes them.
 */
final class PlanNotices {

    static final String STREAM = "plan-transitions";
    /** Far longer than any content plan transaction, which takes milliseconds. */
    static final Duration SETTLE = Duration.ofMinutes(2);
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PlanNotices.class);

    private final Database database;
    private final OrganisationService organisations;
    private final Clock clock;

    PlanNotices(Database database, OrganisationService organisations, Clock clock) {
        this.database = database;
        this.organisations = organisations;
        this.clock = clock;
    }

    private record Step(PlanTransitionEntity transition, PlanItemEntity item, PlanNotice notice) {
    }

    private record Mail(String key, String recipient, Letter letter) {
    }

    /**
     * Queues the notices of the transitions after the cursor and advances it. On the first run it only starts the
     * cursor at the newest transition: the plan's past is nobody's news.
     *
     * @return how many mails were queued
     */
    int queueNew(MailSettings settings) {
        Instant now = clock.instant();
        Optional<NotificationCursorEntity> cursor = database.read(em ->
                Optional.ofNullable(em.find(NotificationCursorEntity.class, STREAM)));
        if (cursor.isEmpty()) {
            start(now);
            return 0;
        }
        List<Step> steps = database.read(em -> em.createQuery("SELECT t FROM PlanTransitionEntity t WHERE t.id > :after"
                + " ORDER BY t.id", PlanTransitionEntity.class).setParameter("after", cursor.get().getPosition())
                .setMaxResults(BATCH).getResultStream()
                .map(t -> new Step(t, em.find(PlanItemEntity.class, t.getPlanItemId()), PlanNotice.of(
                        t.getFromState() == null ? null : PlanItemState.valueOf(t.getFromState()),
                        PlanItemState.valueOf(t.getToState()))))
                .toList());
        long settled = cursor.get().getPosition();
        for (Step step : steps) {
            if (step.transition().getTime().isAfter(now.minus(SETTLE))) {
                break;
            }
            settled = step.transition().getId();
        }
        List<Mail> mails = mails(steps, settings);
        long position = settled;
        long readVersion = cursor.get().getVersion();
        return database.write(em -> {
            NotificationCursorEntity current = em.find(NotificationCursorEntity.class, STREAM);
            if (current.getVersion() != readVersion) {
                // another node went on meanwhile; its round covered these
                return 0;
            }
            int queued = 0;
            for (Mail mail : mails) {
                if (MailOutbox.queue(em, mail.key(), mail.recipient(), mail.letter(), now, null)) {
                    queued++;
                }
            }
            if (position > current.getPosition()) {
                current.advance(position, now);
            }
            return queued;
        });
    }

    private void start(Instant now) {
        database.write(em -> {
            Long newest = em.createQuery("SELECT MAX(t.id) FROM PlanTransitionEntity t", Long.class)
                    .getSingleResult();
            em.persist(new NotificationCursorEntity(STREAM, newest == null ? 0 : newest, now));
            return null;
        });
        LOG.info("E-mail notices of plan items start with the transitions after now");
    }

    private List<Mail> mails(List<Step> steps, MailSettings settings) {
        Map<Long, Optional<Organisation>> seen = new HashMap<>();
        List<Mail> mails = new ArrayList<>();
        for (Step step : steps) {
            if (step.notice() == null || step.item() == null) {
                continue;
            }
            Optional<Organisation> organisation = seen.computeIfAbsent(step.item().getOrganisationId(),
                    this::organisation);
            if (organisation.isEmpty() || organisation.get().demo()) {
                continue;
            }
            List<String> recipients = step.notice().forPressOffice() ? Recipients.pressOffice(settings)
                    : Recipients.responsible(organisation.get());
            Letter letter = PlanNoticeLetter.of(step.notice(), organisation.get(), step.item(), step.transition(),
                    settings.link("content-plan?item=" + step.item().getId()));
            for (String recipient : recipients) {
                mails.add(new Mail("plan:" + step.transition().getId() + ":" + Recipients.keyOf(recipient), recipient,
                        letter));
            }
        }
        return mails;
    }

    private Optional<Organisation> organisation(long id) {
        try {
            return Optional.of(organisations.find(Caller.SYSTEM, id));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }
}
