package org.socialdesk.connector.vk.internal;

import java.util.Optional;
import org.socialdesk.connector.Credentials;

/**
 * What VK's Callback API settings page of a community shows and takes, stored in the token vault with the account's
 * tokens, since the secret key proves an event comes from VK.
 *
 * @param secret           {@value #SECRET}: the secret key typed on that page; VK sends it with every event
 * @param confirmationCode {@value #CONFIRMATION_CODE}: the string the page says the server must answer to VK's
 *                         {@code confirmation} event
 */
record CallbackKeys(String secret, String confirmationCode) {

    static final String SECRET = "callback_secret";
    static final String CONFIRMATION_CODE = "callback_confirmation_code";

    /** Empty unless both are stored: an account without them is read by polling alone. */
    static Optional<CallbackKeys> from(Credentials credentials) {
        Optional<String> secret = credentials.get(SECRET).filter(value -> !value.isBlank());
        Optional<String> code = credentials.get(CONFIRMATION_CODE).filter(value -> !value.isBlank());
        return secret.isPresent() && code.isPresent() ? Optional.of(new CallbackKeys(secret.get(), code.get()))
                : Optional.empty();
    }

    /** Never shows the secret, since records print their members. */
    @Override
    public String toString() {
        return "CallbackKeys[confirmationCode=" + confirmationCode + "]";
    }
}
