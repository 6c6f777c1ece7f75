package org.socialdesk.contentplan.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A user name and password from an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8). The password is kept
 * as characters so that {@link #erase} can overwrite it once it has been checked.
 */
record BasicCredentials(String username, char[] password) {

    private static final String SCHEME = "Basic ";

    /** The credentials in the header, or empty when there is none, it is of another scheme or it is malformed. */
    static Optional<BasicCredentials> of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            int colon = indexOfColon(decoded);
            if (colon <= 0) {
                return Optional.empty();
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(
                    ByteBuffer.wrap(decoded, colon + 1, decoded.length - colon - 1));
            char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return Optional.of(new BasicCredentials(new String(decoded, 0, colon, StandardCharsets.UTF_8),
                    password));
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    void erase() {
        Arrays.fill(password, '\0');
    }

    /** Never the password, should a record ever end up in a log line. */
    @Override
    public String toString() {
        return "BasicCredentials[" + username + "]";
    }

    private static int indexOfColon(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == ':') {
                return i;
            }
        }
        return -1;
    }
}
