package org.socialdesk.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.ModerationStats;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.moderation.ReplyDelivery;
import org.socialdesk.core.moderation.RestrictionRequest;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.TokenVault;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.CommentEntity;
import org.socialdesk.persistence.entity.ManualTaskEntity;

/**
 * The moderation queue of д.10 and the delivery of replies the content plan approved. Rights are checked here
 * (see {@link ModerationRights}); {@link CommentActions} carries the actions out through the networks.
 */
@Component(service = {ModerationQueue.class, ReplyDelivery.class})
public class ModerationQueueImpl implements ModerationQueue, ReplyDelivery {

    private final Database database;
    private final AuditTrail audit;
    private final CommentActions actions;
    private final Deletions deletions;
    private final ModerationEvents events;
    private final Clock clock;

    /** Optional: without the content plan no template can be read, so replying with one is refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContentPlanService contentPlan;

    @Activate
    public ModerationQueueImpl(@Reference Database database, @Reference AuditTrail audit,
            @Reference ConnectorRegistry connectors, @Reference TokenVault vault,
            @Reference ModerationEvents events) {
        this(database, audit, connectors, vault, events, null, Clock.systemUTC());
    }

    public ModerationQueueImpl(Database database, AuditTrail audit, ConnectorRegistry connectors, TokenVault vault,
            ModerationEvents events, ContentPlanService contentPlan, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.contentPlan = contentPlan;
        this.actions = new CommentActions(database, audit, connectors, vault, events, clock);
        this.deletions = new Deletions(connectors);
    }

    @Override
    public List<QueuedComment> list(Caller caller, QueueQuery query) {
        requireOrganisation(caller, query.organisationId());
        return database.read(em -> deletions.shown(em, new QueueListing(caller, query).page(em, query)));
    }

    @Override
    public long count(Caller caller, QueueQuery query) {
        requireOrganisation(caller, query.organisationId());
        return database.read(em -> new QueueListing(caller, query).count(em));
    }

    @Override
    public QueuedComment find(Caller caller, long commentId) {
        return database.read(em -> {
            CommentEntity comment = CommentActions.comment(em, commentId);
            ModerationRights.requireRead(caller, comment.getOrganisationId());
            return deletions.shown(em, comment);
        });
    }

    @Override
    public List<ActionOutcome> keep(Caller caller, List<Long> commentIds) {
        return each(caller, commentIds, id -> actions.keep(caller.username(), id));
    }

    @Override
    public List<ActionOutcome> delete(Caller caller, List<Long> commentIds) {
        return each(caller, commentIds, id -> actions.delete(caller.username(), id));
    }

    @Override
    public List<ActionOutcome> restore(Caller caller, List<Long> commentIds) {
        return each(caller, commentIds, id -> actions.restore(caller.username(), id));
    }

    @Override
    public List<ActionOutcome> restrictAuthor(Caller caller, List<Long> commentIds, RestrictionRequest request) {
        Objects.requireNonNull(request, "request");
        return each(caller, commentIds, id -> actions.restrictAuthor(caller.username(), id, request));
    }

    @Override
    public ActionOutcome replyWithTemplate(Caller caller, long commentId, long templateItemId) {
        long organisationId = organisationOf(commentId);
        ModerationRights.requireReply(caller, organisationId);
        ContentPlanService plan = contentPlan;
        if (plan == null) {
            return new ActionOutcome(commentId, ActionOutcome.Result.FAILED,
                    "The content plan is not running, so no reply template can be read");
        }
        PlanItem template = plan.find(caller, templateItemId);
        if (template.kind() != PlanItemKind.REPLY_TEMPLATE || template.state() != PlanItemState.APPROVED
                || template.organisationId() != organisationId) {
            throw new IllegalArgumentException("Plan item " + templateItemId + " is not an approved reply template "
                    + "of organisation " + organisationId);
        }
        return actions.reply(caller.username(), commentId, "TEMPLATE:" + templateItemId, template.text());
    }

    /** Called by the content plan after it committed the approval; the plan item is the key of the reply. */
    @Override
    public ActionOutcome deliver(long planItemId, long commentId, String text, String approvedBy) {
        Objects.requireNonNull(text, "text");
        return actions.reply(approvedBy, commentId, "PLAN:" + planItemId, text);
    }

    @Override
    public List<ManualTask> tasks(Caller caller, Long organisationId, boolean openOnly) {
        requireOrganisation(caller, organisationId);
        Optional<Set<Long>> readable = ModerationRights.readable(caller);
        return database.read(em -> {
            List<String> terms = new ArrayList<>();
            if (organisationId != null) {
                terms.add("t.organisationId = :organisationId");
            }
            if (openOnly) {
                terms.add("t.doneUtcMillis IS NULL");
            }
            // open tasks first: Derby and PostgreSQL both sort NULL after every value, so first when descending
            TypedQuery<ManualTaskEntity> query = em.createQuery("SELECT t FROM ManualTaskEntity t"
                    + (terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms))
                    + " ORDER BY t.doneUtcMillis DESC, t.createdUtcMillis DESC, t.id DESC", ManualTaskEntity.class);
            if (organisationId != null) {
                query.setParameter("organisationId", organisationId);
            }
            return query.getResultStream()
                    .filter(t -> readable.map(ids -> ids.contains(t.getOrganisationId())).orElse(true))
                    .map(Mapping::task).toList();
        });
    }

    @Override
    public ManualTask completeTask(Caller caller, long taskId, String note) {
        ManualTaskEntity task = database.read(em -> em.find(ManualTaskEntity.class, taskId));
        if (task == null) {
            throw new NoSuchElementException("Manual task " + taskId + " does not exist");
        }
        ModerationRights.requireAct(caller, task.getOrganisationId());
        return actions.completeTask(caller.username(), taskId, note);
    }

    /** Audited as an export: the evidence leaves the system with it. */
    @Override
    public byte[] evidence(Caller caller, List<Long> commentIds) {
        Instant now = clock.instant();
        return database.write(em -> {
            List<Evidence.Item> items = new ArrayList<>();
            for (long id : commentIds) {
                CommentEntity comment = CommentActions.comment(em, id);
                ModerationRights.requireRead(caller, comment.getOrganisationId());
                // the check must see the row as the database holds it, not as SocialDesk cached it
                em.refresh(comment);
                items.add(Evidence.item(em, comment));
            }
            for (Evidence.Item item : items) {
                CommentEntity c = item.comment();
                audit.append(em, new AuditEvent(0, now, caller.username(), c.getOrganisationId(),
                        "MODERATION_EVIDENCE_EXPORTED", "Comment", String.valueOf(c.getId()),
                        "snapshot SHA-256 " + c.getSnapshotSha256() + (item.intact() ? ", intact" : ", ALTERED")));
            }
            return Evidence.zip(items, caller.username(), now);
        });
    }

    @Override
    public ModerationStats stats(Caller caller, Long organisationId, Instant from, Instant to) {
        requireOrganisation(caller, organisationId);
        Optional<Set<Long>> readable = ModerationRights.readable(caller);
        return database.read(em -> new Statistics(em, readable, organisationId, from, to).stats());
    }

    @Override
    public AutoCloseable listen(Runnable listener) {
        return events.listen(listener);
    }

    private List<ActionOutcome> each(Caller caller, List<Long> commentIds, LongFunction<ActionOutcome> action) {
        Map<Long, Long> organisations = database.read(em -> {
            Map<Long, Long> byComment = new LinkedHashMap<>();
            for (long id : commentIds) {
                byComment.put(id, CommentActions.comment(em, id).getOrganisationId());
            }
            return byComment;
        });
        // every comment is checked before any is acted on: a bulk action is refused whole, not half done
        organisations.values().stream().distinct().forEach(org -> ModerationRights.requireAct(caller, org));
        return commentIds.stream().map(action::apply).toList();
    }

    private long organisationOf(long commentId) {
        return database.read(em -> CommentActions.comment(em, commentId).getOrganisationId());
    }

    private static void requireOrganisation(Caller caller, Long organisationId) {
        if (organisationId != null) {
            ModerationRights.requireRead(caller, organisationId);
        }
    }
}
