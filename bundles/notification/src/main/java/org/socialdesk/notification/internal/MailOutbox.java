package org.socialdesk.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.MailOutboxEntity;

/**
 * The durable queue of mails. Notices are queued in the transaction that decides them; the sender then takes one
 * due mail at a time, sends it and records the outcome. Delivery is at least once: when the process dies after the
 * SMTP server took a mail and before it is marked sent, it is sent again once its claim runs out.
 */
final class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    /** How long a claimed mail is left to its sender; far longer than one SMTP exchange with its timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** Retries wait a minute, doubling up to an hour: an outage of days is survived without hammering the server. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofHours(1);
    /** Mails sent in one round at most, so that a long queue does not hold the thread for the other work. */
    private static final int PER_ROUND = 100;
    private static final int ERROR_LENGTH = 2000;

    private final Database database;
    private final Clock clock;

    MailOutbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Queues the letter for the recipient unless a mail with the key was queued before (whatever became of it).
     *
     * @param expires when the letter is no longer worth sending, or {@code null}
     * @return whether it was queued now
     */
    static boolean queue(EntityManager em, String key, String recipient, Letter letter, Instant now,
            Instant expires) {
        boolean known = !em.createQuery("SELECT m.id FROM MailOutboxEntity m WHERE m.mailKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(new MailOutboxEntity(key, recipient, letter.subject(), letter.body(), now, expires));
        return true;
    }

    /**
     * Sends due mails until none is due or the server fails transiently: then it is most likely down, and the rest
     * wait for the next round rather than each trying it in vain.
     *
     * @return how many mails the server took
     */
    int sendDue(SmtpMailer mailer) {
        int sent = 0;
        for (int i = 0; i < PER_ROUND; i++) {
            Optional<MailOutboxEntity> claimed = claimNext();
            if (claimed.isEmpty()) {
                break;
            }
            MailOutboxEntity mail = claimed.get();
            try {
                mailer.send(mail.getRecipient(), new Letter(mail.getSubject(), mail.getBody()));
                record(mail.getId(), row -> row.sent(clock.instant()));
                sent++;
            } catch (MailDeliveryException e) {
                if (e.permanent()) {
                    // the server's words may name the recipient, whose address is private: they stay in the row
                    LOG.warn("Mail {} was refused for good by the SMTP server; SD_MAIL_OUTBOX.LAST_ERROR says why",
                            mail.getId());
                    record(mail.getId(), row -> row.rejected(cut(e.getMessage())));
                    continue;
                }
                Instant next = clock.instant().plus(retryDelay(mail.getAttempts()));
                LOG.warn("Mail {} not sent (attempt {}), next try at {}: {}", mail.getId(), mail.getAttempts(), next,
                        withoutAddress(e.getMessage(), mail.getRecipient()));
                record(mail.getId(), row -> row.retryAt(next, cut(e.getMessage())));
                break;
            }
        }
        return sent;
    }

    Map<MailOutboxEntity.State, Long> counts() {
        Map<MailOutboxEntity.State, Long> counts = new EnumMap<>(MailOutboxEntity.State.class);
        database.read(em -> em.createQuery("SELECT m.state, COUNT(m) FROM MailOutboxEntity m GROUP BY m.state",
                Object[].class).getResultList()).forEach(row -> counts.put(MailOutboxEntity.State.valueOf(
                        (String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Mails not sent although tried, and those given up (refused, gone stale), newest first. */
    List<MailQueue.Trouble> troubles(int limit) {
        return database.read(em -> em.createQuery("SELECT m FROM MailOutboxEntity m WHERE m.state <> :sent"
                + " AND (m.attempts > 0 OR m.state <> :pending) ORDER BY m.id DESC", MailOutboxEntity.class)
                .setParameter("sent", MailOutboxEntity.State.SENT.name())
                .setParameter("pending", MailOutboxEntity.State.PENDING.name())
                .setMaxResults(limit).getResultStream()
                .map(m -> new MailQueue.Trouble(m.getId(), m.getRecipient(), m.getSubject(), m.getState(),
                        m.getAttempts(), m.getNextAttempt(), m.getLastError())).toList());
    }

    /** The wait after the given number of failed attempts. */
    static Duration retryDelay(int attempts) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < attempts && delay.compareTo(LAST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LAST_RETRY) < 0 ? delay : LAST_RETRY;
    }

    /**
     * Takes the oldest due mail for one attempt; mails that went stale on the way are marked so and skipped. Empty
     * when nothing is due, or when another node claimed the same mail at the same moment (its version changed).
     */
    private Optional<MailOutboxEntity> claimNext() {
        try {
            return database.write(em -> {
                Instant now = clock.instant();
                List<MailOutboxEntity> due = em.createQuery("SELECT m FROM MailOutboxEntity m WHERE m.state = :pending"
                        + " AND m.nextAttemptUtcMillis <= :now ORDER BY m.nextAttemptUtcMillis, m.id",
                        MailOutboxEntity.class).setParameter("pending", MailOutboxEntity.State.PENDING.name())
                        .setParameter("now", now.toEpochMilli()).setMaxResults(PER_ROUND).getResultList();
                for (MailOutboxEntity mail : due) {
                    if (mail.getExpires() != null && !mail.getExpires().isAfter(now)) {
                        mail.expired();
                        continue;
                    }
                    mail.claim(now.plus(CLAIM));
                    return Optional.of(mail);
                }
                return Optional.empty();
            });
        } catch (PersistenceException e) {
            LOG.debug("Another sender claimed the mail first", e);
            return Optional.empty();
        }
    }

    private void record(long id, Consumer<MailOutboxEntity> outcome) {
        database.write(em -> {
            outcome.accept(em.find(MailOutboxEntity.class, id));
            return null;
        });
    }

    /** The server's words for the log, with the recipient's address (private data) left out. */
    static String withoutAddress(String message, String recipient) {
        return Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE).matcher(message)
                .replaceAll("RECIPIENT");
    }

    private static String cut(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
