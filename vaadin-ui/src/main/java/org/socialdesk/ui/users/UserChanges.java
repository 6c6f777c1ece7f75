package org.socialdesk.ui.users;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.UserService;
import org.socialdesk.ui.PlatformServices;

/**
 * Makes one change through the user service and tells the administrator in their language how it went: what
 * was done, or why not, never a stack trace.
 */
final class UserChanges implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UserChanges.class);
    private static final int DONE_MILLIS = 4_000;
    // a refusal needs reading and acting on, so it stays longer
    private static final int ERROR_MILLIS = 10_000;

    private final Runnable afterChange;

    /** @param afterChange shows the users as they are now, after a change was made */
    UserChanges(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    /**
     * @param doneKey    message key of the confirmation, filled in with {@code doneParams}
     * @return whether the service made the change
     */
    boolean apply(Consumer<UserService> change, String doneKey, Object... doneParams) {
        UI ui = UI.getCurrent();
        Optional<UserService> service = PlatformServices.current().users();
        if (service.isEmpty()) {
            notify(ui.getTranslation("service.unavailable"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        }
        try {
            change.accept(service.get());
        } catch (AccessDeniedException e) {
            notify(ui.getTranslation("users.error.denied"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        } catch (IllegalArgumentException e) {
            String key = UserErrors.key(e);
            String text = key.equals(UserErrors.REJECTED) ? ui.getTranslation(key, e.getMessage())
                    : ui.getTranslation(key);
            notify(text, NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        } catch (RuntimeException e) {
            LOG.error("The user service failed", e);
            notify(ui.getTranslation("service.failed"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        }
        afterChange.run();
        notify(ui.getTranslation(doneKey, doneParams), NotificationVariant.LUMO_SUCCESS, DONE_MILLIS);
        return true;
    }

    private static void notify(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.setId("users-notification");
        notification.addThemeVariants(variant);
        notification.open();
    }
}
