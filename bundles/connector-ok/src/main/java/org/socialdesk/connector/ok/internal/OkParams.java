package org.socialdesk.connector.ok.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The parameters of one OK method call. */
final class OkParams {

    private final Map<String, String> values = new LinkedHashMap<>();

    OkParams with(String name, String value) {
        values.put(name, value);
        return this;
    }

    OkParams with(String name, long value) {
        return with(name, Long.toString(value));
    }

    /**
     * The form body: the method, the common parameters, {@code sig} over all of them, and the token last. The token
     * travels in the body, never in a URL, so that it appears in no proxy's log.
     */
    String formBody(String method, OkSession session) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("method", method);
        all.put("application_key", session.applicationKey());
        all.put("format", "json");
        all.put("sig", Signature.of(all, session.sessionSecret()));
        all.put("access_token", session.accessToken());
        return all.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Names only: the values may be people's texts. */
    @Override
    public String toString() {
        return values.keySet().toString();
    }
}
