package org.socialdesk.ui.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vaadin sessions each user is signed in with, so that a user can sign out everywhere at once (a lost
 * laptop, a shared computer). Kept in memory: the sessions themselves live only in memory too.
 */
final class SignedInSessions {

    private static final Map<String, Set<VaadinSession>> BY_USER = new ConcurrentHashMap<>();

    private SignedInSessions() {
    }

    static void add(String username, VaadinSession session) {
        BY_USER.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    static void remove(String username, VaadinSession session) {
        BY_USER.computeIfPresent(username, (u, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Ends every session of the user except {@code current}, which the caller ends itself. */
    static void endAllBut(String username, VaadinSession current) {
        Set<VaadinSession> sessions = BY_USER.getOrDefault(username, Set.of());
        for (VaadinSession session : Set.copyOf(sessions)) {
            if (session != current) {
                // another session is locked by its own requests: end it under its lock
                session.access(() -> session.getSession().invalidate());
                sessions.remove(session);
            }
        }
    }
}
