package org.socialdesk.connector.vk.internal;

import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.Credentials;

/**
 * The tokens of one community, read from the {@link Credentials} the core passes with every call.
 *
 * @param user      {@value #ACCESS_TOKEN}: a user token of a community administrator with the scopes
 *                  {@code wall,photos,video,groups,offline}; publishing, deleting and banning need it
 * @param community {@value #COMMUNITY_TOKEN}, optional: a community token with the right to manage the wall;
 *                  replies and the account card use it when present, under its higher rate limit
 */
record VkTokens(VkToken user, VkToken community) {

    static final String ACCESS_TOKEN = "access_token";
    static final String COMMUNITY_TOKEN = "community_token";

    static VkTokens from(Credentials credentials) throws AuthFailure {
        VkToken user = new VkToken(credentials.require(ACCESS_TOKEN), VkToken.Kind.USER);
        VkToken community = credentials.get(COMMUNITY_TOKEN).filter(token -> !token.isBlank())
                .map(token -> new VkToken(token, VkToken.Kind.COMMUNITY)).orElse(user);
        return new VkTokens(user, community);
    }
}
