package org.socialdesk.security.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.security.Principal;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * JAAS login module of the {@code socialdesk} realm: checks the password against the user table.
 *
 * <p>JAAS instantiates it by class name, outside Declarative Services, so it reaches the {@link UserStore} through
 * the bundle context that Karaf's proxy login module passes in the options.
 */
public class DatabaseLoginModule implements LoginModule {

    private Subject subject;
    private CallbackHandler callbackHandler;
    private BundleContext bundleContext;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.bundleContext = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("username: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            ServiceReference<UserStore> reference = bundleContext.getServiceReference(UserStore.class);
            UserStore users = reference == null ? null : bundleContext.getService(reference);
            if (users == null) {
                throw new LoginException("the user store is not available");
            }
            try {
                String username = name.getName();
                if (username == null || !users.verify(username, secret)) {
                    throw new FailedLoginException("invalid user name or password");
                }
                principals.add(new UserPrincipal(username));
                users.roles(username).keySet().forEach(role -> principals.add(new RolePrincipal(role.name())));
                return true;
            } finally {
                bundleContext.ungetService(reference);
            }
        } finally {
            Arrays.fill(secret, '\0');
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return !principals.isEmpty();
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
