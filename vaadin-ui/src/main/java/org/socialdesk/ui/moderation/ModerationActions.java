package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.UI;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * Acts on comments through the moderation queue and tells the moderator, in their language, what each network
 * answered: a short confirmation when everything was done, otherwise every comment's outcome with the links of
 * the manual tasks opened instead. A refused or failed call changes nothing and says why.
 */
final class ModerationActions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModerationActions.class);

    private final Runnable afterAction;

    /** @param afterAction shows the queue as it is after an action */
    ModerationActions(Runnable afterAction) {
        this.afterAction = afterAction;
    }

    /** @param doneKey confirmation when every comment was done, filled in with their number */
    void act(List<QueuedComment> comments, String doneKey,
            BiFunction<ModerationQueue, List<Long>, List<ActionOutcome>> action) {
        List<Long> ids = comments.stream().map(QueuedComment::id).toList();
        call(PlatformServices.current().moderation(), queue -> action.apply(queue, ids)).ifPresent(outcomes -> {
            afterAction.run();
            if (new Outcomes(outcomes).allDone()) {
                ModerationNotification.done(UI.getCurrent().getTranslation(doneKey, outcomes.size()));
            } else {
                new OutcomeDialog(comments, outcomes, taskLinks()).open();
            }
        });
    }

    /**
     * Reverses the comment's deletion on its network: a short confirmation when the network restored it, otherwise
     * why not, with the network's own answer.
     */
    void restore(QueuedComment comment) {
        call(PlatformServices.current().moderation(),
                queue -> queue.restore(CurrentCaller.require(), List.of(comment.id()))).ifPresent(outcomes -> {
                    afterAction.run();
                    UI ui = UI.getCurrent();
                    ActionOutcome outcome = outcomes.get(0);
                    if (outcome.result() == ActionOutcome.Result.DONE) {
                        ModerationNotification.done(ui.getTranslation("moderation.restore.done"));
                    } else {
                        ModerationNotification.error(ui.getTranslation("moderation.restore.failed",
                                Outcomes.message(outcome)));
                    }
                });
    }

    /** Runs after a change made through another service (a reply sent for approval), so the queue shows it. */
    void changed() {
        afterAction.run();
    }

    /**
     * Calls a platform service and returns its answer, or says why there is none: the service is not running,
     * the caller may not do it, the content plan rejected the item, or it failed.
     */
    static <S, R> Optional<R> call(Optional<S> service, Function<S, R> call) {
        UI ui = UI.getCurrent();
        if (service.isEmpty()) {
            ModerationNotification.error(ui.getTranslation("service.unavailable"));
            return Optional.empty();
        }
        try {
            return Optional.of(call.apply(service.get()));
        } catch (AccessDeniedException e) {
            ModerationNotification.error(ui.getTranslation("moderation.error.denied"));
        } catch (PlanValidationException e) {
            ModerationNotification.error(ui.getTranslation("moderation.error.rejected", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("A moderation action failed", e);
            ModerationNotification.error(ui.getTranslation("service.failed"));
        }
        return Optional.empty();
    }

    /** Links of the open manual tasks by comment; without them the dialog still names each outcome. */
    private static Map<Long, String> taskLinks() {
        Map<Long, String> links = new HashMap<>();
        try {
            PlatformServices.current().moderation()
                    .map(queue -> queue.tasks(CurrentCaller.require(), null, true)).orElse(List.of())
                    .stream().filter(ManualTask::open)
                    .forEach(task -> links.putIfAbsent(task.commentId(), task.link()));
        } catch (RuntimeException e) {
            LOG.warn("The manual tasks could not be read for the outcome of an action", e);
        }
        return links;
    }
}
