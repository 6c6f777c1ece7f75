package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.PlatformServices;

/**
 * Makes one change through the content plan service and says how it went. A refused change writes nothing, so
 * the form keeps what the user typed and shows the objection.
 */
final class PlanChanges {

    private static final Logger LOG = LoggerFactory.getLogger(PlanChanges.class);
    private static final int DONE_MILLIS = 4_000;
    // a refusal needs reading and acting on, so it stays longer
    private static final int ERROR_MILLIS = 10_000;

    private PlanChanges() {
    }

    /**
     * @param rejected shown the service's objection to the item or the transition
     * @param doneKey  message key of the confirmation
     * @return the item as stored, or empty when nothing was changed
     */
    static Optional<PlanItem> apply(Function<ContentPlanService, PlanItem> change,
            Consumer<PlanValidationException> rejected, String doneKey) {
        UI ui = UI.getCurrent();
        Optional<ContentPlanService> service = PlatformServices.current().contentPlan();
        if (service.isEmpty()) {
            notifyError(ui.getTranslation("service.unavailable"));
            return Optional.empty();
        }
        try {
            PlanItem changed = change.apply(service.get());
            notify(ui.getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS, DONE_MILLIS);
            return Optional.of(changed);
        } catch (PlanValidationException e) {
            rejected.accept(e);
        } catch (AccessDeniedException e) {
            notifyError(ui.getTranslation("plan.error.denied"));
        } catch (RuntimeException e) {
            LOG.error("The content plan service failed", e);
            notifyError(ui.getTranslation("service.failed"));
        }
        return Optional.empty();
    }

    /** The service's objection in the user's language. */
    static String message(PlanValidationException error) {
        return UI.getCurrent().getTranslation(PlanErrors.key(error), String.valueOf(error.getMessage()));
    }

    static void notifyRejected(PlanValidationException error) {
        notifyError(message(error));
    }

    static void notifyError(String text) {
        notify(text, NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
    }

    private static void notify(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.setId("plan-notification");
        notification.addThemeVariants(variant);
        notification.open();
    }
}
