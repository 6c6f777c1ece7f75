package org.socialdesk.ui.error;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure: the stack trace goes to the server log under a short code, and the user sees only
 * the code, which support staff can find in the log.
 */
final class Incident {

    private static final Logger LOG = LoggerFactory.getLogger(Incident.class);

    private Incident() {
    }

    /** Logs the failure and returns the code to show. */
    static String record(Throwable failure) {
        String code = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("UI incident {}", code, failure);
        return code;
    }
}
