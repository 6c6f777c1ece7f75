package org.socialdesk.connector;

/** The network refused this content or parameter; its own reason is the message. */
public final class Rejected extends ConnectorException {

    private static final long serialVersionUID = 1L;

    public Rejected(String message) {
        super(message, null);
    }

    public Rejected(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
