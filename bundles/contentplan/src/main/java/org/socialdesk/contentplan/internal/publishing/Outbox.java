package org.socialdesk.contentplan.internal.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.persistence.CacheRetrieveMode;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * The outbox rows as one node of the publishing engine works on them. Every step is a transaction of its own, so
 * that a crash between two steps leaves a row in a state the next node understands: claimed (with a lease that runs
 * out), call started (the network must be asked before posting again), or finished.
 */
final class Outbox {

    /** A row the engine may claim now, with what decides whether it is due yet. */
    record Candidate(long id, String network, Instant due) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String ACTOR = "system";
    private static final String WAITING = TargetState.WAITING.name();
    private static final String PUBLISHING = TargetState.PUBLISHING.name();
    /** Another node's commit is not in this node's cache: every decision reads the row from the database. */
    private static final Map<String, Object> FROM_DATABASE =
            Map.of("javax.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);
    private static final int FAILURE_LENGTH = 2000;

    private final Database database;
    private final PlanContent content;
    private final AuditTrail audit;
    private final String node;

    Outbox(Database database, PlanContent content, AuditTrail audit, String node) {
        this.database = database;
        this.content = content;
        this.audit = audit;
        this.node = node;
    }

    /**
     * Waiting rows due by {@code horizon} whose retry time has come, and rows whose holder's lease ran out by
     * {@code now}, earliest due first.
     */
    List<Candidate> candidates(Instant now, Instant horizon, int max) {
        return database.read(em -> em.createQuery("SELECT p.id, a.network, p.dueUtcMillis "
                + "FROM PublicationEntity p, AccountEntity a WHERE a.id = p.accountId AND ("
                + "(p.state = :waiting AND p.dueUtcMillis <= :horizon "
                + "AND (p.nextAttemptUtcMillis IS NULL OR p.nextAttemptUtcMillis <= :now)) "
                + "OR (p.state = :publishing AND p.leaseUntilUtcMillis <= :now)) "
                + "ORDER BY p.dueUtcMillis, p.id", Object[].class)
                .setParameter("waiting", WAITING).setParameter("publishing", PUBLISHING)
                .setParameter("horizon", horizon.toEpochMilli()).setParameter("now", now.toEpochMilli())
                .setMaxResults(max).getResultStream()
                .map(row -> new Candidate((Long) row[0], (String) row[1], Instant.ofEpochMilli((Long) row[2])))
                .toList());
    }

    /**
     * Takes the row for this node until {@code now + lease}, if it is still claimable. Two nodes claiming one row
     * both read the same version; the row's optimistic lock lets one commit, and the other is told "not yours".
     *
     * @param horizon how far ahead of {@code now} a waiting row may be due to be claimed
     * @return the claimed row, detached; empty when another node has it or it is no longer due
     */
    Optional<PublicationEntity> claim(long id, Instant now, Instant horizon, Instant leaseUntil) {
        try {
            return database.write(em -> {
                PublicationEntity row = em.find(PublicationEntity.class, id, FROM_DATABASE);
                if (row == null || !claimable(row, now, horizon)) {
                    return Optional.empty();
                }
                String formerHolder = row.getLeaseOwner();
                boolean takeOver = row.getState().equals(PUBLISHING);
                row.setState(PUBLISHING);
                row.setLease(node, leaseUntil);
                row.setAttempts(row.getAttempts() + 1);
                em.flush();
                if (takeOver) {
                    append(em, row, "PUBLICATION_TAKEN_OVER", "Node " + node + " took the post over from node "
                            + formerHolder + ", whose lease ran out; " + (row.isCallStarted()
                                    ? "the network is asked first whether that node's call made the post"
                                    : "that node had not called the network yet"));
                } else {
                    content.targetChanged(em, row, ACTOR);
                }
                return Optional.of(row);
            });
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The publication as the plan item holds it now. */
    Publication publication(PublicationEntity row) {
        return database.read(em -> content.publicationFor(em, row));
    }

    /** The reply the row delivers, read again for each attempt like a publication. */
    Optional<ApprovedReply> reply(PublicationEntity row) {
        return database.read(em -> content.replyFor(em, row));
    }

    Optional<AccountEntity> account(PublicationEntity row) {
        return database.read(em -> Optional.ofNullable(em.find(AccountEntity.class, row.getAccountId())));
    }

    /**
     * Records, and commits, that the connector is about to be called: from now on nobody may post for this row
     * without first asking the network whether this call already did.
     *
     * @return false when the row is no longer this node's, and the call must not be made
     */
    boolean callStarting(PublicationEntity row) {
        return update(row, (em, held) -> {
            held.setCallStarted(true);
            return null;
        });
    }

    /** @param recovered whether the post was found on the network after an interrupted attempt */
    void published(PublicationEntity row, PublishedPost post, boolean recovered) {
        update(row, (em, held) -> {
            held.setState(TargetState.PUBLISHED.name());
            held.setPublished(post.postId(), post.url(), post.publishedAt());
            held.setNextAttempt(null);
            held.setFailure(null);
            held.setLease(null, null);
            return "Published as post " + post.postId() + ", " + post.url()
                    + (recovered ? " (found on the network after an interrupted attempt)" : "");
        }, "PUBLICATION_PUBLISHED");
    }

    /**
     * Records a reply moderation reports as sent. It gets no publication time: a reply is not a post of the plan and
     * must not count towards the weekly quota.
     */
    void delivered(PublicationEntity row, String answer) {
        update(row, (em, held) -> {
            held.setState(TargetState.PUBLISHED.name());
            held.setNextAttempt(null);
            held.setFailure(null);
            held.setLease(null, null);
            return "Reply delivered: " + answer;
        }, "PUBLICATION_REPLY_DELIVERED");
    }

    void retryAt(PublicationEntity row, Instant next, String failure) {
        update(row, (em, held) -> {
            held.setState(WAITING);
            held.setNextAttempt(next);
            held.setFailure(fit(failure));
            held.setLease(null, null);
            return "Attempt " + held.getAttempts() + " failed; next attempt at " + next + ": " + failure;
        }, "PUBLICATION_RETRY_SCHEDULED");
    }

    void needsPerson(PublicationEntity row, String failure) {
        update(row, (em, held) -> {
            held.setState(TargetState.NEEDS_PERSON.name());
            held.setNextAttempt(null);
            held.setFailure(fit(failure));
            held.setLease(null, null);
            return "Stopped until a person acts: " + failure;
        }, "PUBLICATION_FAILED");
    }

    /** Changes the row's state if this node still holds it, lets the plan item follow, and audits it. */
    private void update(PublicationEntity row, BiFunction<EntityManager, PublicationEntity, String> change,
            String action) {
        update(row, (em, held) -> {
            String summary = change.apply(em, held);
            content.targetChanged(em, held, ACTOR);
            append(em, held, action, summary);
            return summary;
        });
    }

    private boolean update(PublicationEntity row, BiFunction<EntityManager, PublicationEntity, String> change) {
        try {
            return database.write(em -> {
                PublicationEntity held = em.find(PublicationEntity.class, row.getId(), FROM_DATABASE);
                if (held == null || !held.getState().equals(PUBLISHING) || !node.equals(held.getLeaseOwner())) {
                    LOG.warn("Outbox row {} is no longer held by node {}; the node holding it now asks the network "
                            + "what this node's call did", row.getId(), node);
                    return false;
                }
                change.apply(em, held);
                em.flush();
                return true;
            });
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                LOG.warn("Outbox row {} was taken over while node {} worked on it", row.getId(), node);
                return false;
            }
            throw e;
        }
    }

    private void append(EntityManager em, PublicationEntity row, String action, String summary) {
        AccountEntity account = em.find(AccountEntity.class, row.getAccountId());
        audit.append(em, AuditEvent.of(ACTOR, account == null ? null : account.getOrganisationId(), action,
                "Publication", String.valueOf(row.getId()), "Plan item " + row.getPlanItemId() + " on account "
                        + row.getAccountId() + ": " + summary));
    }

    private static boolean claimable(PublicationEntity row, Instant now, Instant horizon) {
        if (row.getState().equals(PUBLISHING)) {
            return row.getLeaseUntil() != null && !row.getLeaseUntil().isAfter(now);
        }
        return row.getState().equals(WAITING) && row.getDue() != null && !row.getDue().isAfter(horizon)
                && (row.getNextAttempt() == null || !row.getNextAttempt().isAfter(now));
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static String fit(String failure) {
        return failure.length() <= FAILURE_LENGTH ? failure : failure.substring(0, FAILURE_LENGTH - 1) + "…";
    }
}
