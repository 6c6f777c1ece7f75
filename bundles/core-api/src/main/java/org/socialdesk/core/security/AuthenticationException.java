package org.socialdesk.core.security;

/** A login failed. The reason lets the UI say what it may without telling which of name or password was wrong. */
public class AuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Unknown user, wrong password or blocked user: deliberately one reason. */
        INVALID_CREDENTIALS,
        /** Too many failures for this user or address; try again later. */
        LOCKED_OUT,
        /** The credentials are right but the user holds no role in SocialDesk. */
        NO_ROLES
    }

    private final Reason reason;

    public AuthenticationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
