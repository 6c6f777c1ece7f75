package org.socialdesk.connector;

import java.time.Duration;
import java.util.Objects;

/** The network asks to slow down; retry after {@link #retryAfter()}. */
public final class RateLimited extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
