package org.socialdesk.connector;

/**
 * A call the network did not carry out, typed by what the core should do next: retry later
 * ({@link RateLimited}, {@link TransientFailure}), or stop and ask a person ({@link AuthFailure},
 * {@link CaptchaRequired}, {@link Rejected}, {@link UnsupportedActionException}).
 */
public abstract sealed class ConnectorException extends Exception
        permits AuthFailure, RateLimited, CaptchaRequired, Rejected, TransientFailure, UnsupportedActionException {

    private static final long serialVersionUID = 1L;

    protected ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether trying the same call again later can succeed without a person doing anything. */
    public abstract boolean retryable();
}
