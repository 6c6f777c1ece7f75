package org.socialdesk.connector.ok.internal;

import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.Credentials;

/**
 * What one call needs from the account's credentials: the application's public key, the group administrator's
 * {@code access_token}, and the secret that signs calls in that session.
 *
 * <p>The secret is {@code session_secret_key} when the vault holds one (OK's client-server scheme); otherwise it is
 * derived from {@code application_secret_key} as {@code md5(access_token + application_secret_key)} (server-server).
 * {@link #toString()} shows no secret.
 */
record OkSession(String applicationKey, String accessToken, String sessionSecret) {

    static final String APPLICATION_KEY = "application_key";
    static final String APPLICATION_SECRET_KEY = "application_secret_key";
    static final String ACCESS_TOKEN = "access_token";
    static final String SESSION_SECRET_KEY = "session_secret_key";

    static OkSession from(Credentials credentials) throws AuthFailure {
        String applicationKey = credentials.require(APPLICATION_KEY);
        String accessToken = credentials.require(ACCESS_TOKEN);
        String given = credentials.get(SESSION_SECRET_KEY).filter(secret -> !secret.isBlank()).orElse(null);
        String secret = given != null ? given
                : Signature.sessionSecret(accessToken, credentials.require(APPLICATION_SECRET_KEY));
        return new OkSession(applicationKey, accessToken, secret);
    }

    @Override
    public String toString() {
        return "OkSession[" + applicationKey + "]";
    }
}
