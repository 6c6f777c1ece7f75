package org.socialdesk.connector.telegram.internal;

import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.Credentials;

/** The bot's token from @BotFather; it goes into every request's path, so {@link #toString()} never shows it. */
record BotToken(String value) {

    static final String CREDENTIAL = "bot_token";

    static BotToken from(Credentials credentials) throws AuthFailure {
        return new BotToken(credentials.require(CREDENTIAL));
    }

    /**
     * The bot's user id, the token's part before the colon: not secret (it is the bot's id in every chat), so it
     * names the bot's webhook address and inbox.
     */
    String botId() throws AuthFailure {
        int colon = value.indexOf(':');
        if (colon < 1 || !value.substring(0, colon).matches("\\d+")) {
            throw new AuthFailure("the bot token is not of the form <bot id>:<secret> that @BotFather gives");
        }
        return value.substring(0, colon);
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
