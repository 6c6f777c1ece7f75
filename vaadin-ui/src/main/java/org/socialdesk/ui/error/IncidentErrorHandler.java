package org.socialdesk.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;

/**
 * Handles failures in event listeners (a click, a selection): the user stays on the page and sees a
 * notification with the incident code. Vaadin's default would leave only an English log line or switch to
 * the error page. Client disconnects are still ignored as the default does.
 */
public class IncidentErrorHandler extends DefaultErrorHandler {

    private static final long serialVersionUID = 1L;

    @Override
    public void error(ErrorEvent event) {
        if (!shouldHandle(event.getThrowable())) {
            return;
        }
        String code = Incident.record(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(
                    ui.getTranslation("error.unexpected.message", code), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
