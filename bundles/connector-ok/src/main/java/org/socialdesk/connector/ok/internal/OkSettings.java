package org.socialdesk.connector.ok.internal;

import java.time.Duration;

/** {@link OkConfig} as plain values, so that tests can build a connector without a framework. */
record OkSettings(String baseUrl, double requestsPerSecond, Duration requestTimeout, int watchedTopics,
        int commentsPerPage) {

    static OkSettings of(OkConfig config) {
        return new OkSettings(config.baseUrl(), config.requestsPerSecond(),
                Duration.ofSeconds(config.requestTimeoutSeconds()), config.watchedTopics(), config.commentsPerPage());
    }

    OkSettings {
        if (!baseUrl.matches("https?://[^/]+(/.*)?")) {
            throw new IllegalArgumentException("the OK API base URL must be an http(s) address: " + baseUrl);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || !(requestsPerSecond > 0) || watchedTopics < 1
                || watchedTopics > 100 || commentsPerPage < 1) {
            throw new IllegalArgumentException("unusable OK connector settings: timeout " + requestTimeout + ", "
                    + requestsPerSecond + "/s, " + watchedTopics + " watched topics (1..100), " + commentsPerPage
                    + " comments per page");
        }
    }
}
