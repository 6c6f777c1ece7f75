package org.socialdesk.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/**
 * Page-wide settings of the UI. Push uses long polling because the Felix Jetty 12 whiteboard answers
 * websocket upgrades with 501 unless about twenty extra Jetty bundles are installed; moderation needs live
 * updates, not websockets.
 */
@Push(transport = Transport.LONG_POLLING)
public class SocialDeskAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        // the title of the first HTML answer, before a view sets its own
        settings.setPageTitle(new SocialDeskI18NProvider().getTranslation(ProductTitle.KEY,
                SocialDeskI18NProvider.RUSSIAN));
    }
}
