package org.socialdesk.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import org.socialdesk.ui.login.LoginView;
import org.socialdesk.ui.registry.RegistryView;

/**
 * Sends every navigation without an authenticated caller to the login page. It guards the UI as a whole, so
 * a view added later is protected without remembering to. Services check the caller's roles again.
 */
public class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean signedIn = CurrentCaller.get().isPresent();
        if (target == LoginView.class) {
            if (signedIn) {
                event.forwardTo(RegistryView.class);
            }
        } else if (!signedIn && !HasErrorParameter.class.isAssignableFrom(target)) {
            event.forwardTo(LoginView.class);
        }
    }
}
