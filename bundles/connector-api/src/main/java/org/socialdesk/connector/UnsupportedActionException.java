package org.socialdesk.connector;

/** The network's API offers no way to do this; the core creates a manual task for a person instead. */
public final class UnsupportedActionException extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final ModerationAction action;

    public UnsupportedActionException(ModerationAction action, String message) {
        super(message, null);
        this.action = action;
    }

    public ModerationAction action() {
        return action;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
