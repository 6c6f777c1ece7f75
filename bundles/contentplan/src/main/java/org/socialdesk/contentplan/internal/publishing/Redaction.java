package org.socialdesk.contentplan.internal.publishing;

import java.util.Collection;
import java.util.List;

/**
 * Blanks an account's secrets out of a connector's message before it is stored or audited: a network may echo a
 * request, token included, in its error.
 */
final class Redaction {

    /** Shorter values are not searched for: they would blank ordinary words. */
    private static final int SHORTEST_SECRET = 6;

    private final List<String> secrets;

    Redaction(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(secret -> secret != null && secret.length() >= SHORTEST_SECRET)
                .toList();
    }

    String of(String message) {
        String redacted = message == null ? "" : message;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "[secret]");
        }
        return redacted;
    }
}
