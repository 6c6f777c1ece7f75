package org.socialdesk.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinService;
import org.socialdesk.ui.error.IncidentErrorHandler;
import org.socialdesk.ui.error.LocalizedSystemMessages;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;
import org.socialdesk.ui.security.AccessGuard;

/** What every session and every browser tab gets: Russian first, the access guard, no stack traces. */
final class UiSetup {

    private UiSetup() {
    }

    static void apply(VaadinService service) {
        service.setSystemMessagesProvider(new LocalizedSystemMessages());
        service.addSessionInitListener(UiSetup::sessionStarted);
        service.addUIInitListener(UiSetup::uiStarted);
    }

    /** Vaadin would pick the browser's language; the region's officials work in Russian whatever it is. */
    private static void sessionStarted(SessionInitEvent event) {
        event.getSession().setLocale(SocialDeskI18NProvider.RUSSIAN);
        event.getSession().setErrorHandler(new IncidentErrorHandler());
    }

    private static void uiStarted(UIInitEvent event) {
        UI ui = event.getUI();
        ui.addBeforeEnterListener(new AccessGuard());
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("system.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("system.reconnect-failed"));
    }
}
