package org.socialdesk.registry.internal.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to a {@link PublicationRequest}, ready to be written by any HTTP server. */
record PublicationResponse(int status, Map<String, String> headers, byte[] body) {

    PublicationResponse {
        headers = Map.copyOf(headers);
    }

    /**
     * A short English sentence for the developer of the embedding website; never a stack trace, which would tell
     * strangers about the server's insides.
     */
    static PublicationResponse problem(PublicationFormat format, int status, String message) {
        Map<String, String> headers = new LinkedHashMap<>(format.headers());
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        return new PublicationResponse(status, headers, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
