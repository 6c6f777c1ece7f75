package org.socialdesk.connector.telegram.internal;

import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.Credentials;

/** The bot's token from @BotFather; it goes into every request's path, so {@link #toString()} never shows it. */
record BotToken(String value) {

    static final String CREDENTIAL = "bot_token";

    static BotToken from(Credentials credentials) throws AuthFailure {
        return new BotToken(credentials.require(CREDENTIAL));
    }

    /** Removes the token from text that might have picked it up, such as an I/O fault naming the request. */
    String scrub(String text) {
        return text == null ? "" : text.replace(value, "<bot token>");
    }

    @Override
    public String toString() {
        return "BotToken[hidden]";
    }
}
