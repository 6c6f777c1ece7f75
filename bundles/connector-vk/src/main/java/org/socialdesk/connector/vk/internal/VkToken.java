package org.socialdesk.connector.vk.internal;

import java.util.Objects;

/**
 * An access token and the kind VK issued it as; the kind decides which methods accept it and how fast it may call.
 * {@link #toString()} never shows the token.
 */
record VkToken(String value, Kind kind) {

    enum Kind {
        /** A user token of a community administrator: every method, at most 3 requests a second. */
        USER,
        /** A community token: fewer methods, at most 20 requests a second. */
        COMMUNITY
    }

    VkToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return kind + " token";
    }
}
