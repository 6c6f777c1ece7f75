package org.socialdesk.connector.ok.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OK's request signature, as apiok.ru/dev/methods describes it: the parameters without {@code session_key},
 * {@code access_token} and {@code sig}, sorted by name, written {@code name=value} with no separator, followed by
 * the session secret; {@code sig} is the lower-case hex MD5 of that, over UTF-8.
 */
final class Signature {

    private static final Set<String> UNSIGNED = Set.of("sig", "access_token", "session_key");

    private Signature() {
    }

    static String of(Map<String, String> params, String sessionSecret) {
        StringBuilder signed = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!UNSIGNED.contains(name)) {
                signed.append(name).append('=').append(value);
            }
        });
        return md5(signed.append(sessionSecret).toString());
    }

    /** The secret for calls in a session when the application holds no session secret of its own. */
    static String sessionSecret(String accessToken, String applicationSecretKey) {
        return md5(accessToken + applicationSecretKey);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has MD5", impossible);
        }
    }
}
