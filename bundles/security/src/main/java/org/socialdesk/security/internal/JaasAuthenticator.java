package org.socialdesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
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
import org.socialdesk.core.security.AuthenticationException;
import org.socialdesk.core.security.AuthenticationException.Reason;
import org.socialdesk.core.security.Authenticator;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Logs users in through the {@code socialdesk} JAAS realm, whatever login module an administrator configured for
 * it, and takes their SocialDesk roles from the database.
 */
@Component(service = Authenticator.class)
public class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private final UserStore users;
    private final LoginThrottle throttle;

    @Activate
    public JaasAuthenticator(@Reference UserStore users) {
        this(users, new LoginThrottle(Clock.systemUTC()));
    }

    JaasAuthenticator(UserStore users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Caller login(String username, char[] password, String remoteAddress) throws AuthenticationException {
        if (throttle.lockedOut(username, remoteAddress)) {
            LOG.warn("login refused, locked out: user '{}' from {}", username, remoteAddress);
            throw new AuthenticationException(Reason.LOCKED_OUT, "too many failed attempts, try again later");
        }
        pause(throttle.delay(username, remoteAddress));
        String authenticated;
        try {
            authenticated = authenticate(username, password);
        } catch (LoginException e) {
            throttle.failed(username, remoteAddress);
            LOG.info("login failed: user '{}' from {}", username, remoteAddress);
            throw new AuthenticationException(Reason.INVALID_CREDENTIALS, "invalid user name or password");
        }
        throttle.succeeded(username);
        Map<Role, Set<Long>> roles = users.roles(authenticated);
        if (roles.isEmpty()) {
            throw new AuthenticationException(Reason.NO_ROLES, "the user holds no SocialDesk role");
        }
        LOG.info("login: user '{}' from {}", authenticated, remoteAddress);
        return new Caller(authenticated, roles);
    }

    private String authenticate(String username, char[] password) throws LoginException {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader; this bundle imports it.
        thread.setContextClassLoader(getClass().getClassLoader());
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

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
