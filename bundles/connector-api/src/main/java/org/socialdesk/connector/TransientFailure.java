package org.socialdesk.connector;

/** A network or server fault; the same call may succeed later. */
public final class TransientFailure extends ConnectorException {

    private static final long serialVersionUID = 1L;

    public TransientFailure(String message) {
        super(message, null);
    }

    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
