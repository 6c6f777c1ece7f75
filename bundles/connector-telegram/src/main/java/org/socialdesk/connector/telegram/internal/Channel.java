package org.socialdesk.connector.telegram.internal;

import org.socialdesk.connector.NetworkAccount;

/**
 * The channel an account is: {@code @name} for a public channel, or its numeric id ({@code -100…}) for a private
 * one. Links follow t.me's two forms accordingly.
 */
record Channel(String chatId) {

    private static final String PRIVATE_PREFIX = "-100";

    static Channel of(NetworkAccount account) {
        return new Channel(account.networkId().trim());
    }

    String postUrl(String postId) {
        return base() + "/" + postId;
    }

    /** t.me opens the comment in the channel post's discussion thread. */
    String commentUrl(String postId, String commentId) {
        return postUrl(postId) + "?comment=" + commentId;
    }

    private String base() {
        if (chatId.startsWith("@")) {
            return "https://t.me/" + chatId.substring(1);
        }
        String internal = chatId.startsWith(PRIVATE_PREFIX) ? chatId.substring(PRIVATE_PREFIX.length()) : chatId;
        return "https://t.me/c/" + internal;
    }
}
