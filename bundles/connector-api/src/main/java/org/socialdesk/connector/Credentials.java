package org.socialdesk.connector;

import java.util.Map;
import java.util.Optional;

/**
 * Secrets for one account, taken from the token vault for one call. {@link #toString()} never shows them.
 *
 * @param secrets by name, e.g. {@code access_token}, {@code bot_token}, {@code application_secret_key}
 */
public record Credentials(Map<String, String> secrets) {

    public Credentials {
        secrets = Map.copyOf(secrets);
    }

    public static Credentials of(String name, String value) {
        return new Credentials(Map.of(name, value));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    /** The named secret, or a {@link AuthFailure} saying it is missing. */
    public String require(String name) throws AuthFailure {
        String value = secrets.get(name);
        if (value == null || value.isBlank()) {
            throw new AuthFailure("credential '" + name + "' is not set for this account");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Credentials" + secrets.keySet();
    }
}
