package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How the moderation page says that something was done, or why not. */
final class ModerationNotification {

    private static final int DONE_MILLIS = 4_000;
    // a refusal needs reading and acting on, so it stays longer
    private static final int ERROR_MILLIS = 10_000;

    private ModerationNotification() {
    }

    static void done(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, DONE_MILLIS);
    }

    static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.setId("moderation-notification");
        notification.addThemeVariants(variant);
        notification.open();
    }
}
