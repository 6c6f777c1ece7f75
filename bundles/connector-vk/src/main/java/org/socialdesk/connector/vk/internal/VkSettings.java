package org.socialdesk.connector.vk.internal;

import java.time.Duration;

/** {@link VkConfig} as plain values, so that tests and the benchmark can build a connector without a framework. */
record VkSettings(String baseUrl, double userTokenRequestsPerSecond, double communityTokenRequestsPerSecond,
        Duration requestTimeout, int watchedPosts, int commentsPerPage) {

    static VkSettings of(VkConfig config) {
        return new VkSettings(config.baseUrl(), config.userTokenRequestsPerSecond(),
                config.communityTokenRequestsPerSecond(), Duration.ofSeconds(config.requestTimeoutSeconds()),
                config.watchedPosts(), config.commentsPerPage());
    }

    VkSettings {
        if (!baseUrl.matches("https?://[^/]+(/.*)?")) {
            throw new IllegalArgumentException("the VK API base URL must be an http(s) address: " + baseUrl);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || !(userTokenRequestsPerSecond > 0) || !(communityTokenRequestsPerSecond > 0) || watchedPosts < 1
                || watchedPosts > 100 || commentsPerPage < 1) {
            throw new IllegalArgumentException("unusable VK connector settings: timeout " + requestTimeout + ", "
                    + userTokenRequestsPerSecond + "/s, "
                    + communityTokenRequestsPerSecond + "/s, " + watchedPosts + " watched posts (1..100), "
                    + commentsPerPage + " comments per page");
        }
    }
}
