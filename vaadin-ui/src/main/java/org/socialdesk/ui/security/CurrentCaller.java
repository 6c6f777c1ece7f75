package org.socialdesk.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.socialdesk.core.security.Caller;

/** The authenticated caller of the current Vaadin session, which every service call is made for. */
public final class CurrentCaller {

    /**
     * A session left alone this long ends (the servlet also closes idle sessions despite Vaadin's heartbeat):
     * an unattended office computer must not stay signed in to official accounts.
     */
    static final int IDLE_TIMEOUT_SECONDS = 30 * 60;

    private CurrentCaller() {
    }

    public static Optional<Caller> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Caller.class));
    }

    /** The caller of a view that the access guard let in; its absence is a programming error. */
    public static Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated caller in this session"));
    }

    /**
     * Remembers the caller. The HTTP session gets a new id first, so that an id planted in the browser before
     * login (session fixation) is worth nothing afterwards. Login events arrive over plain HTTP because push
     * uses long polling, so the servlet request is at hand.
     */
    public static void signIn(Caller caller) {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            throw new IllegalStateException("Signing in needs an HTTP request to rotate the session id");
        }
        request.getHttpServletRequest().changeSessionId();
        request.getHttpServletRequest().getSession().setMaxInactiveInterval(IDLE_TIMEOUT_SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Caller.class, caller);
        SignedInSessions.add(caller.username(), session);
    }

    /** Ends the HTTP session, with every UI in it, and sends the browser to the login page. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        get().ifPresent(caller -> SignedInSessions.remove(caller.username(), session));
        UI.getCurrent().getPage().setLocation("login");
        session.getSession().invalidate();
    }

    /** Ends every session of the current user, in every browser, then this one. */
    public static void signOutEverywhere() {
        get().ifPresent(caller -> SignedInSessions.endAllBut(caller.username(), VaadinSession.getCurrent()));
        signOut();
    }
}
