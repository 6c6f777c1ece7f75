package org.socialdesk.core.security;

/** Checks a user's credentials against the configured JAAS realm and tells who they are. */
public interface Authenticator {

    /**
     * @param remoteAddress the client's address, used for lockout after repeated failures
     * @return the authenticated caller with their roles
     * @throws AuthenticationException when the credentials are wrong or the user is blocked
     */
    Caller login(String username, char[] password, String remoteAddress) throws AuthenticationException;
}
