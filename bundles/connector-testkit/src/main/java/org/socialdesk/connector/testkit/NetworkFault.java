package org.socialdesk.connector.testkit;

import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/**
 * A way a network refuses a request. A fake network answers with its own form of each (an error code, an HTTP status)
 * and the connector must surface it as the exception type named here.
 */
public enum NetworkFault {
    /** The token is invalid, expired or revoked. */
    AUTH_FAILED(AuthFailure.class),
    /** Too many requests; the network names or implies a time to wait. */
    RATE_LIMITED(RateLimited.class),
    /** The network wants a person to solve a captcha. */
    CAPTCHA(CaptchaRequired.class),
    /** The network refuses this content or parameter and says why. */
    REJECTED(Rejected.class),
    /** The network's server failed or could not be reached. */
    SERVER_ERROR(TransientFailure.class);

    private final Class<? extends ConnectorException> surfacesAs;

    NetworkFault(Class<? extends ConnectorException> surfacesAs) {
        this.surfacesAs = surfacesAs;
    }

    public Class<? extends ConnectorException> surfacesAs() {
        return surfacesAs;
    }
}
