package org.socialdesk.contentplan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PlanTransition;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * The content plan's approval flow (д.7). Every method checks rights, then state, then the item, and records the
 * transition and its audit entry in the transaction that makes the change.
 */
@Component(service = ContentPlanService.class, configurationPid = "org.socialdesk.contentplan")
@Designate(ocd = ContentPlanServiceImpl.Config.class)
public class ContentPlanServiceImpl implements ContentPlanService {

    /** Before these an item is still being written; an edit keeps the state. */
    private static final Set<PlanItemState> WRITING = EnumSet.of(PlanItemState.DRAFT, PlanItemState.RETURNED);
    /** From these an edit sends the item back to черновик, since what was approved is no longer what it says. */
    private static final Set<PlanItemState> EDITABLE_AFTER_SUBMIT = EnumSet.of(PlanItemState.IN_APPROVAL,
            PlanItemState.APPROVED, PlanItemState.SCHEDULED, PlanItemState.FAILED);
    /** Rows that never reached a network and may be taken back. */
    private static final Set<TargetState> NOT_STARTED = EnumSet.of(TargetState.PENDING, TargetState.WAITING,
            TargetState.NEEDS_PERSON, TargetState.CANCELLED);

    @ObjectClassDefinition(name = "SocialDesk content plan")
    public @interface Config {
        @AttributeDefinition(description = "Items of Government accounts need a second approval by another person")
        boolean secondApprovalForGovernment() default false;
    }

    private final Database database;
    private final PlanHistory history;
    private final PlanRules rules;
    private final PlanDrafts drafts;
    private final boolean secondApprovalForGovernment;
    private final Clock clock;

    @Activate
    public ContentPlanServiceImpl(@Reference Database database, @Reference AuditTrail audit,
            @Reference ConnectorRegistry connectors, Config config) {
        this(database, audit, connectors, config.secondApprovalForGovernment(), Clock.systemUTC());
    }

    public ContentPlanServiceImpl(Database database, AuditTrail audit, ConnectorRegistry connectors,
            boolean secondApprovalForGovernment, Clock clock) {
        this.database = database;
        this.history = new PlanHistory(audit, clock);
        this.rules = new PlanRules(connectors);
        this.drafts = new PlanDrafts(history, rules);
        this.secondApprovalForGovernment = secondApprovalForGovernment;
        this.clock = clock;
    }

    @Override
    public PlanItem find(Caller caller, long itemId) {
        return database.read(em -> {
            PlanItemEntity item = stored(em, itemId);
            PlanRights.requireRead(caller, item.getOrganisationId());
            return view(em, item);
        });
    }

    @Override
    public List<PlanItem> list(Caller caller, PlanQuery query) {
        return database.read(em -> PlanListing.list(em, caller, query));
    }

    @Override
    public PlanItem create(Caller caller, PlanItem item) {
        PlanRights.requireWrite(caller, item.organisationId(), item.kind());
        return database.write(em -> view(em, drafts.persist(em, caller, item)));
    }

    @Override
    public PlanItem update(Caller caller, PlanItem item) {
        Objects.requireNonNull(item.id(), "id");
        return database.write(em -> {
            PlanItemEntity entity = writable(em, caller, item.id());
            if (entity.getVersion() != item.version()) {
                throw new PlanValidationException("version", "Plan item " + item.id() + " was changed by someone "
                        + "else since it was read (version " + item.version() + ", now " + entity.getVersion()
                        + "); reload it and edit again");
            }
            if (item.organisationId() != entity.getOrganisationId() || item.kind() != entity.getKind()) {
                throw new PlanValidationException("kind", "The organisation and kind of a plan item do not change");
            }
            List<PublicationEntity> rows = TargetRows.of(em, entity.getId());
            requireNotStarted(entity, rows, "edited");
            if (!WRITING.contains(entity.getState()) && !EDITABLE_AFTER_SUBMIT.contains(entity.getState())) {
                throw transition(entity, "edited");
            }
            List<Attachment> attachments = PlanRules.attachments(em, item);
            rules.check(em, item, attachments);
            String responsible = entity.getResponsibleEditor();
            PlanMapping.copy(item, attachments, entity);
            if (entity.getResponsibleEditor() == null) {
                entity.setResponsibleEditor(responsible);
            }
            // a change of the targets alone must also make the version the other editor holds stale
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            replaceTargets(em, entity, rows, item.targets());
            if (EDITABLE_AFTER_SUBMIT.contains(entity.getState())) {
                resetApprovals(entity);
                history.move(em, caller.username(), entity, PlanItemState.DRAFT, "edited after submission");
            } else {
                history.note(em, caller.username(), entity, "PLAN_ITEM_EDITED", "edited in " + entity.getState());
            }
            return view(em, entity);
        });
    }

    @Override
    public PlanItem reschedule(Caller caller, long itemId, Instant plannedAt) {
        Objects.requireNonNull(plannedAt, "plannedAt");
        return database.write(em -> {
            PlanItemEntity item = writable(em, caller, itemId);
            if (item.getKind() == PlanItemKind.REPLY_TEMPLATE || item.getState() == PlanItemState.PUBLISHED
                    || item.getState() == PlanItemState.WITHDRAWN) {
                throw transition(item, "rescheduled");
            }
            Instant before = item.getPlannedUtcMillis() == null ? null : Instant.ofEpochMilli(
                    item.getPlannedUtcMillis());
            item.setPlannedUtcMillis(plannedAt.toEpochMilli());
            for (PublicationEntity row : TargetRows.of(em, itemId)) {
                // an approved reply is due at once whatever its planned time says
                if (item.getKind() == PlanItemKind.POST && TargetRows.state(row) == TargetState.WAITING) {
                    row.setDue(plannedAt);
                }
            }
            history.note(em, caller.username(), item, "PLAN_ITEM_RESCHEDULED", before + " → " + plannedAt);
            return view(em, item);
        });
    }

    @Override
    public PlanItem submit(Caller caller, long itemId) {
        return database.write(em -> {
            PlanItemEntity item = writable(em, caller, itemId);
            if (!WRITING.contains(item.getState())) {
                throw transition(item, "submitted");
            }
            PlanItem current = view(em, item);
            rules.check(em, current, current.attachments());
            resetApprovals(item);
            history.move(em, caller.username(), item, PlanItemState.IN_APPROVAL, null);
            return view(em, item);
        });
    }

    @Override
    public PlanItem approve(Caller caller, long itemId, String remark) {
        return database.write(em -> {
            PlanItemEntity item = awaitingApproval(em, caller, itemId, "approved");
            String text = remark(remark);
            if (item.getApprovals() + 1 < levels(em, item)) {
                item.setApprovals(item.getApprovals() + 1);
                item.setFirstApprover(caller.username());
                history.move(em, caller.username(), item, PlanItemState.IN_APPROVAL,
                        "first approval level" + (text == null ? "" : ": " + text));
                return view(em, item);
            }
            if (caller.username().equals(item.getFirstApprover())) {
                throw new AccessDeniedException(caller.username() + " gave the first approval of plan item "
                        + itemId + "; the second must come from another person");
            }
            item.setApprovals(item.getApprovals() + 1);
            item.setRemark(text);
            history.move(em, caller.username(), item, PlanItemState.APPROVED, text);
            if (item.getKind() == PlanItemKind.POST) {
                schedule(em, item, Instant.ofEpochMilli(item.getPlannedUtcMillis()));
                history.move(em, caller.username(), item, PlanItemState.SCHEDULED, null);
            } else if (item.getKind() == PlanItemKind.REPLY) {
                // the citizen waits: the reply's row is due now, and the publishing engine delivers it once this
                // transaction has committed, so that a rolled-back approval never reaches the citizen
                schedule(em, item, clock.instant());
            }
            return view(em, item);
        });
    }

    @Override
    public PlanItem returnForChanges(Caller caller, long itemId, String remark) {
        String text = requiredRemark(remark, "remark", "Say what to change: a returned item needs a remark");
        return database.write(em -> {
            PlanItemEntity item = awaitingApproval(em, caller, itemId, "returned");
            resetApprovals(item);
            item.setRemark(text);
            history.move(em, caller.username(), item, PlanItemState.RETURNED, text);
            return view(em, item);
        });
    }

    @Override
    public PlanItem withdraw(Caller caller, long itemId, String reason) {
        String text = requiredRemark(reason, "reason", "A withdrawal needs a reason");
        return database.write(em -> {
            PlanItemEntity item = writable(em, caller, itemId);
            if (item.getState() == PlanItemState.PUBLISHED || item.getState() == PlanItemState.WITHDRAWN) {
                throw transition(item, "withdrawn");
            }
            List<PublicationEntity> rows = TargetRows.of(em, itemId);
            if (TargetRows.any(rows, TargetState.PUBLISHING)) {
                throw new PlanValidationException("state", "Plan item " + itemId + " is being published right "
                        + "now; withdraw it once the network has answered");
            }
            for (PublicationEntity row : rows) {
                if (TargetRows.state(row) != TargetState.PUBLISHED) {
                    row.setState(TargetState.CANCELLED.name());
                }
            }
            history.move(em, caller.username(), item, PlanItemState.WITHDRAWN, text);
            return view(em, item);
        });
    }

    @Override
    public PlanItem retry(Caller caller, long itemId) {
        return database.write(em -> {
            PlanItemEntity item = writable(em, caller, itemId);
            if (item.getState() != PlanItemState.FAILED) {
                throw transition(item, "retried");
            }
            boolean reply = item.getKind() == PlanItemKind.REPLY;
            for (PublicationEntity row : TargetRows.of(em, itemId)) {
                if (TargetRows.state(row) == TargetState.NEEDS_PERSON) {
                    row.setState(TargetState.WAITING.name());
                    row.setAttempts(0);
                    row.setNextAttempt(null);
                    row.setFailure(null);
                    if (reply) {
                        // due now rather than at the first approval, so that moderation gets its grace again
                        row.setDue(clock.instant());
                    }
                }
            }
            // a retried reply goes out as the retrying person's (see PlanItemContent.replyFor)
            history.move(em, caller.username(), item, reply ? PlanItemState.APPROVED : PlanItemState.SCHEDULED,
                    "retry");
            return view(em, item);
        });
    }

    @Override
    public PlanItem publishNow(Caller caller, long itemId) {
        return database.write(em -> {
            PlanItemEntity item = writable(em, caller, itemId);
            if (item.getState() != PlanItemState.SCHEDULED) {
                throw transition(item, "published now");
            }
            Instant now = clock.instant();
            for (PublicationEntity row : TargetRows.of(em, itemId)) {
                if (TargetRows.state(row) == TargetState.WAITING) {
                    // a row waiting out a retry pause goes too: a person asked for it now
                    row.setDue(now);
                    row.setNextAttempt(null);
                }
            }
            history.note(em, caller.username(), item, "PLAN_ITEM_PUBLISH_NOW", "due now instead of "
                    + Instant.ofEpochMilli(item.getPlannedUtcMillis()));
            return view(em, item);
        });
    }

    @Override
    public List<PlanTransition> history(Caller caller, long itemId) {
        return database.read(em -> {
            PlanRights.requireRead(caller, stored(em, itemId).getOrganisationId());
            return PlanHistory.of(em, itemId);
        });
    }

    private static PlanItemEntity stored(EntityManager em, long itemId) {
        PlanItemEntity item = em.find(PlanItemEntity.class, itemId);
        if (item == null) {
            throw new PlanValidationException("id", "Plan item " + itemId + " does not exist");
        }
        return item;
    }

    private static PlanItemEntity writable(EntityManager em, Caller caller, long itemId) {
        PlanItemEntity item = stored(em, itemId);
        PlanRights.requireWrite(caller, item.getOrganisationId(), item.getKind());
        return item;
    }

    /** An item in approval that the caller may approve; {@code verb} names the refused move otherwise. */
    private static PlanItemEntity awaitingApproval(EntityManager em, Caller caller, long itemId, String verb) {
        PlanItemEntity item = stored(em, itemId);
        PlanRights.requireApprove(caller, item.getOrganisationId());
        if (item.getState() != PlanItemState.IN_APPROVAL) {
            throw transition(item, verb);
        }
        return item;
    }

    /** The item as stored; inside a write its query flushes the changes first, so the version is the new one. */
    private static PlanItem view(EntityManager em, PlanItemEntity item) {
        return PlanListing.items(em, List.of(item)).get(0);
    }

    private static PlanValidationException transition(PlanItemEntity item, String what) {
        return new PlanValidationException("state", "A " + item.getKind() + " item in state " + item.getState()
                + " cannot be " + what);
    }

    private static void requireNotStarted(PlanItemEntity item, List<PublicationEntity> rows, String what) {
        if (!rows.stream().allMatch(row -> NOT_STARTED.contains(TargetRows.state(row)))) {
            throw new PlanValidationException("state", "Plan item " + item.getId() + " is being published or "
                    + "published on some account and cannot be " + what + "; withdraw it or write a new one");
        }
    }

    private static String remark(String remark) {
        if (remark == null || remark.isBlank()) {
            return null;
        }
        if (remark.length() > PlanRules.REMARK_LENGTH) {
            throw new PlanValidationException("remark", "The remark is longer than " + PlanRules.REMARK_LENGTH
                    + " characters");
        }
        return remark.strip();
    }

    /** A remark the action cannot go without: a blank one is refused with {@code missing}, on {@code field}. */
    private static String requiredRemark(String remark, String field, String missing) {
        String text = remark(remark);
        if (text == null) {
            throw new PlanValidationException(field, missing);
        }
        return text;
    }

    private static void resetApprovals(PlanItemEntity item) {
        item.setApprovals(0);
        item.setFirstApprover(null);
    }

    private int levels(EntityManager em, PlanItemEntity item) {
        OrganisationEntity organisation = em.find(OrganisationEntity.class, item.getOrganisationId());
        return secondApprovalForGovernment && organisation.getKind() == OrganisationKind.GOVERNMENT ? 2 : 1;
    }

    /** Keeps the rows of accounts still targeted, un-scheduled; drops the others and adds the new ones. */
    private static void replaceTargets(EntityManager em, PlanItemEntity item, List<PublicationEntity> rows,
            List<PlanTarget> targets) {
        Map<Long, PublicationEntity> byAccount = new HashMap<>();
        rows.forEach(row -> byAccount.put(row.getAccountId(), row));
        for (PlanTarget target : targets) {
            PublicationEntity row = byAccount.remove(target.accountId());
            if (row == null) {
                em.persist(PlanDrafts.newRow(item, target));
            } else {
                row.setVariantText(target.text());
                unschedule(row);
            }
        }
        byAccount.values().forEach(em::remove);
    }

    private static void unschedule(PublicationEntity row) {
        row.setState(TargetState.PENDING.name());
        row.setDue(null);
        row.setNextAttempt(null);
        row.setAttempts(0);
        row.setCallStarted(false);
        row.setLease(null, null);
        row.setFailure(null);
    }

    /** Hands every target to the outbox under a new round's keys, due at {@code due}. */
    private static void schedule(EntityManager em, PlanItemEntity item, Instant due) {
        item.setRound(item.getRound() + 1);
        for (PublicationEntity row : TargetRows.of(em, item.getId())) {
            unschedule(row);
            row.setState(TargetState.WAITING.name());
            row.setIdempotencyKey(TargetRows.idempotencyKey(item.getId(), row.getAccountId(), item.getRound()));
            row.setDue(due);
        }
    }
}
