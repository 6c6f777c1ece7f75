package org.socialdesk.connector;

/** The network refused the credentials: the token is invalid, expired or lacks rights. */
public final class AuthFailure extends ConnectorException {

    private static final long serialVersionUID = 1L;

    public AuthFailure(String message) {
        super(message, null);
    }

    public AuthFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
