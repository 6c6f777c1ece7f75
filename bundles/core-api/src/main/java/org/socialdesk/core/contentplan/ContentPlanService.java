package org.socialdesk.core.contentplan;

import java.time.Instant;
import java.util.List;
import org.socialdesk.core.security.Caller;

/**
 * The content plan and its approval flow (д.2, д.7). Editors write and submit items of their organisations; the
 * press office approves or returns them; an approved post or reply goes to the outbox and is published at its time.
 * Every method checks the caller's role and organisation and audits what it changes in the same transaction.
 *
 * @throws org.socialdesk.core.security.AccessDeniedException from every method when the caller may not do it
 * @throws PlanValidationException when an item is not valid, or a transition is not allowed from its state
 */
public interface ContentPlanService {

    PlanItem find(Caller caller, long itemId);

    /** Items matching the query that the caller may see, ordered by planned time. */
    List<PlanItem> list(Caller caller, PlanQuery query);

    /** Stores a new draft. */
    PlanItem create(Caller caller, PlanItem item);

    /** Saves an edited item; editing an approved or scheduled item sends it back to {@link PlanItemState#DRAFT}. */
    PlanItem update(Caller caller, PlanItem item);

    /** Moves an item to another time (drag and drop in the calendar); an approved item stays approved. */
    PlanItem reschedule(Caller caller, long itemId, Instant plannedAt);

    /** Черновик or возвращено → на согласовании. */
    PlanItem submit(Caller caller, long itemId);

    /** The press office approves one level; the last level schedules a post or reply into the outbox. */
    PlanItem approve(Caller caller, long itemId, String remark);

    /** Returns the item to its editor with a remark, which is required. */
    PlanItem returnForChanges(Caller caller, long itemId, String remark);

    /** Withdraws an item that is not yet published; its waiting posts are cancelled in the outbox. */
    PlanItem withdraw(Caller caller, long itemId, String reason);

    /** After a person fixed the cause (e.g. renewed a token): tries the failed targets again. */
    PlanItem retry(Caller caller, long itemId);

    /** Publishes the scheduled item now instead of at its planned time. */
    PlanItem publishNow(Caller caller, long itemId);

    /** The item's transitions, oldest first. */
    List<PlanTransition> history(Caller caller, long itemId);
}
