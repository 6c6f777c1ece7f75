package org.socialdesk.ui.internal;

import java.util.Set;
import org.socialdesk.ui.audit.AuditLogView;
import org.socialdesk.ui.contentplan.ContentPlanView;
import org.socialdesk.ui.error.NotFoundView;
import org.socialdesk.ui.error.UnexpectedErrorView;
import org.socialdesk.ui.login.LoginView;
import org.socialdesk.ui.moderation.ModerationView;
import org.socialdesk.ui.networks.NetworksView;
import org.socialdesk.ui.quota.QuotaView;
import org.socialdesk.ui.registry.RegistryView;
import org.socialdesk.ui.users.UsersView;

/** The views of the UI. The whiteboard runs no classpath scanning, so a new view must be listed here. */
final class UiRoutes {

    static final Set<Class<?>> VIEWS = Set.of(LoginView.class, RegistryView.class, ContentPlanView.class,
            ModerationView.class, NetworksView.class, AuditLogView.class, UsersView.class, QuotaView.class);

    static final Set<Class<?>> ERROR_VIEWS = Set.of(NotFoundView.class, UnexpectedErrorView.class);

    private UiRoutes() {
    }
}
