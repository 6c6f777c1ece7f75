package org.socialdesk.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.core.moderation.RestrictionRequest;
import org.socialdesk.core.vault.TokenVault;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.CommentEntity;
import org.socialdesk.persistence.entity.ManualTaskEntity;
import org.socialdesk.persistence.entity.ModerationActionEntity;

/**
 * Carries out moderation on stored comments, for a person or for the system, after the caller's rights were
 * checked. The network is called outside any transaction; what it confirmed is recorded and audited, with the
 * comment's snapshot hash, in one transaction. An action that must happen once has a fixed key: when it is
 * recorded already, the network is not asked again. Where the network's API cannot do it, a manual task with the
 * comment's link is opened instead; a network failure changes nothing.
 *
 * <p>A deletion can be reversed where the network can restore comments. Deletions and restorations are counted:
 * the n-th deletion and the restoration that reverses it each have a key of their own, so that each happens once
 * while a comment restored by mistake can still be deleted again.
 */
final class CommentActions {

    static final String KEEP = "KEEP";
    /** The {@link ModerationAction} names, as constants the evidence can switch on. */
    static final String DELETE = "DELETE_COMMENT";
    static final String RESTORE = "RESTORE_COMMENT";
    static final String RESTRICT = "RESTRICT_USER";
    static final String REPLY = "REPLY";
    private static final String MANUAL_SUFFIX = ":MANUAL";

    /** Stripes of locks by comment id, so that the same comment is never acted on by two threads at once. */
    private final Object[] locks = new Object[64];
    private final Database database;
    private final AuditTrail audit;
    private final ConnectorRegistry connectors;
    private final TokenVault vault;
    private final ModerationEvents events;
    private final Clock clock;

    CommentActions(Database database, AuditTrail audit, ConnectorRegistry connectors, TokenVault vault,
            ModerationEvents events, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.connectors = connectors;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** A call to the network about one comment; returns the network's answer in words. */
    private interface NetworkCall {
        String run(Connector connector, NetworkAccount account, Credentials credentials, CommentEntity comment)
                throws ConnectorException;
    }

    ActionOutcome keep(String actor, long commentId) {
        return database.write(em -> {
            CommentEntity comment = comment(em, commentId);
            if (CommentStatus.DELETED.name().equals(comment.getStatus())) {
                return new ActionOutcome(commentId, Result.FAILED, "The comment is deleted already");
            }
            comment.setStatus(CommentStatus.KEPT.name());
            record(em, comment, KEEP, KEEP + ":" + UUID.randomUUID(), actor, Result.DONE, null);
            return new ActionOutcome(commentId, Result.DONE, "Kept");
        });
    }

    ActionOutcome delete(String actor, long commentId) {
        return act(actor, commentId, ModerationAction.DELETE_COMMENT,
                em -> deletionKey(count(em, commentId, RESTORE) + 1), "Deleted on the network",
                "Delete the comment at the link",
                (connector, account, credentials, comment) -> {
                    connector.deleteComment(account, credentials, ref(comment));
                    return "deleted";
                }, comment -> comment.setStatus(CommentStatus.DELETED.name()));
    }

    ActionOutcome restrictAuthor(String actor, long commentId, RestrictionRequest request) {
        Instant until = request.term() == null ? null : clock.instant().plus(request.term());
        return act(actor, commentId, ModerationAction.RESTRICT_USER, em -> RESTRICT, "The author is restricted",
                "Restrict the comment's author for " + request.reason()
                        + (until == null ? " without end" : " until " + until),
                (connector, account, credentials, comment) -> {
                    if (comment.getAuthorId() == null) {
                        throw new Rejected("the network did not tell the comment's author");
                    }
                    connector.restrictUser(account, credentials, new Restriction(comment.getAuthorId(),
                            Categories.restrictionReason(request.reason()), until, request.comment()));
                    return "restricted for " + request.reason() + (until == null ? " without end" : " until " + until);
                }, comment -> comment.setAuthorRestricted(true));
    }

    /** @param key what makes this reply unique on the comment, e.g. the approved template or plan item */
    ActionOutcome reply(String actor, long commentId, String key, String text) {
        return act(actor, commentId, ModerationAction.REPLY, em -> REPLY + ":" + key, "Replied",
                "Reply to the comment at the link with: " + text,
                (connector, account, credentials, comment) -> "reply "
                        + connector.reply(account, credentials, ref(comment), text),
                comment -> comment.setRepliedWith(text));
    }

    /**
     * Reverses the comment's latest deletion on the network. Unlike the other actions there is nothing a person
     * could do by hand instead, so where the network cannot restore it the request fails and nothing changes.
     */
    ActionOutcome restore(String actor, long commentId) {
        synchronized (lock(commentId)) {
            Restoration target = database.read(em -> {
                CommentEntity comment = comment(em, commentId);
                String key = RESTORE + ":" + count(em, commentId, DELETE);
                return new Restoration(comment, em.find(AccountEntity.class, comment.getAccountId()), key,
                        recorded(em, commentId, key));
            });
            if (target.done) {
                return new ActionOutcome(commentId, Result.DONE, "Restored on the network already");
            }
            if (!CommentStatus.DELETED.name().equals(target.comment.getStatus())) {
                return new ActionOutcome(commentId, Result.FAILED,
                        "The comment is not deleted, so there is nothing to restore");
            }
            Optional<Connector> connector = connectors.find(target.comment.getNetwork());
            if (connector.isEmpty()) {
                return new ActionOutcome(commentId, Result.FAILED,
                        "No connector for network '" + target.comment.getNetwork() + "' is installed");
            }
            if (!connector.get().description().supports(ModerationAction.RESTORE_COMMENT)) {
                return new ActionOutcome(commentId, Result.FAILED, connector.get().description().displayName()
                        + " offers no API to restore a deleted comment");
            }
            Map<String, String> secrets = vault.secretsForConnector(target.comment.getAccountId());
            if (secrets.isEmpty()) {
                return new ActionOutcome(commentId, Result.FAILED, "No credentials are stored for the account");
            }
            try {
                connector.get().restoreComment(new NetworkAccount(target.account.getNetworkId(),
                        target.account.getUrl()), new Credentials(secrets), ref(target.comment));
            } catch (ConnectorException e) {
                return new ActionOutcome(commentId, Result.FAILED, e.getMessage());
            }
            database.write(em -> {
                CommentEntity comment = comment(em, commentId);
                comment.setStatus(CommentStatus.RESTORED.name());
                record(em, comment, RESTORE, target.key, actor, Result.DONE, "restored");
                return null;
            });
            events.changed();
            return new ActionOutcome(commentId, Result.DONE, "Restored on the network");
        }
    }

    ManualTask completeTask(String actor, long taskId, String note) {
        ManualTask task = database.write(em -> {
            ManualTaskEntity entity = em.find(ManualTaskEntity.class, taskId);
            if (entity == null) {
                throw new NoSuchElementException("Manual task " + taskId + " does not exist");
            }
            if (entity.getDoneAt() != null) {
                return Mapping.task(entity);
            }
            entity.markDone(clock.instant(), actor, note);
            CommentEntity comment = comment(em, entity.getCommentId());
            if (DELETE.equals(entity.getAction())) {
                comment.setStatus(CommentStatus.DELETED.name());
            } else if (RESTRICT.equals(entity.getAction())) {
                comment.setAuthorRestricted(true);
            }
            record(em, comment, entity.getAction(), entity.getActionKey(), actor, Result.DONE,
                    "done by hand: " + (note == null ? "" : note));
            return Mapping.task(entity);
        });
        events.changed();
        return task;
    }

    /**
     * @param done   what the outcome says once the network confirmed it
     * @param byHand what a manual task asks the person to do, should the network be unable to
     */
    private ActionOutcome act(String actor, long commentId, ModerationAction action,
            Function<EntityManager, String> keyOf, String done, String byHand, NetworkCall call,
            Consumer<CommentEntity> change) {
        synchronized (lock(commentId)) {
            Target target = database.read(em -> {
                CommentEntity comment = comment(em, commentId);
                String key = keyOf.apply(em);
                return new Target(comment, em.find(AccountEntity.class, comment.getAccountId()), key,
                        recorded(em, commentId, key), recorded(em, commentId, key + MANUAL_SUFFIX));
            });
            String key = target.key;
            if (target.done) {
                return new ActionOutcome(commentId, Result.DONE, done + " already");
            }
            if (target.manual) {
                return new ActionOutcome(commentId, Result.MANUAL_TASK, "A manual task is open for it already");
            }
            Optional<Connector> connector = connectors.find(target.comment.getNetwork());
            if (connector.isEmpty()) {
                return new ActionOutcome(commentId, Result.FAILED,
                        "No connector for network '" + target.comment.getNetwork() + "' is installed");
            }
            if (!connector.get().description().supports(action)) {
                return manualTask(actor, commentId, action, key, connector.get().description().displayName()
                        + " offers no API for " + action + ". " + byHand);
            }
            Map<String, String> secrets = vault.secretsForConnector(target.comment.getAccountId());
            if (secrets.isEmpty()) {
                return new ActionOutcome(commentId, Result.FAILED, "No credentials are stored for the account");
            }
            String answer;
            try {
                answer = call.run(connector.get(), new NetworkAccount(target.account.getNetworkId(),
                        target.account.getUrl()), new Credentials(secrets), target.comment);
            } catch (UnsupportedActionException e) {
                return manualTask(actor, commentId, action, key, e.getMessage() + ". " + byHand);
            } catch (ConnectorException e) {
                return new ActionOutcome(commentId, Result.FAILED, e.getMessage());
            }
            database.write(em -> {
                CommentEntity comment = comment(em, commentId);
                change.accept(comment);
                record(em, comment, action.name(), key, actor, Result.DONE, answer);
                return null;
            });
            events.changed();
            return new ActionOutcome(commentId, Result.DONE, done);
        }
    }

    private ActionOutcome manualTask(String actor, long commentId, ModerationAction action, String key,
            String why) {
        long taskId = database.write(em -> {
            CommentEntity comment = comment(em, commentId);
            ManualTaskEntity task = new ManualTaskEntity(commentId, comment.getOrganisationId(), action.name(), key,
                    comment.getUrl(), why, clock.instant(), actor);
            em.persist(task);
            if (action == ModerationAction.DELETE_COMMENT) {
                comment.setStatus(CommentStatus.MANUAL_TASK.name());
            }
            record(em, comment, action.name(), key + MANUAL_SUFFIX, actor, Result.MANUAL_TASK, why);
            em.flush();
            return task.getId();
        });
        events.changed();
        return new ActionOutcome(commentId, Result.MANUAL_TASK, "Manual task " + taskId + ": " + why);
    }

    private void record(EntityManager em, CommentEntity comment, String action, String key, String actor,
            Result outcome, String answer) {
        Instant now = clock.instant();
        em.persist(new ModerationActionEntity(comment.getId(), comment.getOrganisationId(), action, key, actor, now,
                outcome.name(), answer));
        audit.append(em, new AuditEvent(0, now, actor, comment.getOrganisationId(), "MODERATION_" + action,
                "Comment", String.valueOf(comment.getId()), outcome + ": " + comment.getNetwork() + " comment "
                        + comment.getPostId() + "/" + comment.getCommentId() + " of account "
                        + comment.getAccountId() + ", snapshot SHA-256 " + comment.getSnapshotSha256()
                        + (answer == null ? "" : "; " + answer)));
    }

    private Object lock(long commentId) {
        return locks[(int) Math.floorMod(commentId, (long) locks.length)];
    }

    /** The first deletion keeps the key it always had, so that deletions recorded before restoring existed count. */
    private static String deletionKey(long number) {
        return number == 1 ? DELETE : DELETE + ":" + number;
    }

    /** How often the action was done on the comment, on the network or by hand. */
    private static long count(EntityManager em, long commentId, String action) {
        return em.createQuery("SELECT COUNT(a) FROM ModerationActionEntity a WHERE a.commentId = :commentId "
                + "AND a.action = :action AND a.outcome = :done", Long.class).setParameter("commentId", commentId)
                .setParameter("action", action).setParameter("done", Result.DONE.name()).getSingleResult();
    }

    private static boolean recorded(EntityManager em, long commentId, String key) {
        return !em.createQuery("SELECT a.id FROM ModerationActionEntity a WHERE a.commentId = :commentId "
                + "AND a.actionKey = :key").setParameter("commentId", commentId).setParameter("key", key)
                .getResultList().isEmpty();
    }

    static CommentEntity comment(EntityManager em, long commentId) {
        CommentEntity comment = em.find(CommentEntity.class, commentId);
        if (comment == null) {
            throw new NoSuchElementException("Comment " + commentId + " does not exist");
        }
        return comment;
    }

    private static CommentRef ref(CommentEntity comment) {
        return new CommentRef(comment.getPostId(), comment.getCommentId());
    }

    /** What an action needs to know before it calls the network. */
    private record Target(CommentEntity comment, AccountEntity account, String key, boolean done, boolean manual) {
    }

    /** What a restoration needs to know before it calls the network. */
    private record Restoration(CommentEntity comment, AccountEntity account, String key, boolean done) {
    }
}
