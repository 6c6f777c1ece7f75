package org.socialdesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.security.AuthenticationException;
import org.socialdesk.core.security.AuthenticationException.Reason;
import org.socialdesk.core.security.Authenticator;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Logs users in through the {@code socialdesk} JAAS realm, whatever login module an administrator configured for
 * it, and takes their SocialDesk roles from the database. Every attempt is audited under the user name it tried.
 */
@Component(service = Authenticator.class)
public class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    /** Checks a user name and password and names the user the realm authenticated. */
    interface PasswordCheck {
        String authenticate(String username, char[] password) throws LoginException;
    }

    private final UserStore users;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final PasswordCheck realm;
    private final Consumer<Duration> pause;

    @Activate
    public JaasAuthenticator(@Reference UserStore users, @Reference AuditLog audit) {
        this(users, audit, new LoginThrottle(Clock.systemUTC()), JaasAuthenticator::authenticate,
                JaasAuthenticator::sleep);
    }

    JaasAuthenticator(UserStore users, AuditLog audit, LoginThrottle throttle, PasswordCheck realm,
            Consumer<Duration> pause) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
        this.realm = realm;
        this.pause = pause;
    }

    @Override
    public Caller login(String username, char[] password, String remoteAddress) throws AuthenticationException {
        if (throttle.lockedOut(username, remoteAddress)) {
            LOG.warn("login refused, locked out: user '{}' from {}", username, remoteAddress);
            record(username, "LOGIN_LOCKED_OUT", "refused from " + remoteAddress + ": too many failed attempts");
            throw new AuthenticationException(Reason.LOCKED_OUT, "too many failed attempts, try again later");
        }
        Duration delay = throttle.delay(username, remoteAddress);
        if (!delay.isZero()) {
            pause.accept(delay);
        }
        String authenticated;
        try {
            authenticated = realm.authenticate(username, password);
        } catch (LoginException e) {
            throttle.failed(username, remoteAddress);
            LOG.info("login failed: user '{}' from {}", username, remoteAddress);
            record(username, "LOGIN_FAILED", "from " + remoteAddress + ": invalid user name or password");
            throw new AuthenticationException(Reason.INVALID_CREDENTIALS, "invalid user name or password");
        }
        throttle.succeeded(username);
        Map<Role, Set<Long>> roles = users.roles(authenticated);
        if (roles.isEmpty()) {
            record(authenticated, "LOGIN_FAILED", "from " + remoteAddress + ": the user holds no SocialDesk role");
            throw new AuthenticationException(Reason.NO_ROLES, "the user holds no SocialDesk role");
        }
        LOG.info("login: user '{}' from {}", authenticated, remoteAddress);
        record(authenticated, "LOGIN_SUCCEEDED", "from " + remoteAddress);
        return new Caller(authenticated, roles);
    }

    /** Through the {@code socialdesk} JAAS realm, whatever login module an administrator configured for it. */
    private static String authenticate(String username, char[] password) throws LoginException {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader; this bundle imports it.
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(SocialDeskRealm.NAME, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst()
                    .orElseThrow(() -> new LoginException("the realm named no user"));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Fails the login if it cannot be recorded: a login that leaves no trace is worse than none. */
    private void record(String username, String action, String summary) {
        String actor = username == null ? "" : username;
        audit.append(AuditEvent.of(actor, null, action, "User", actor, summary));
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
