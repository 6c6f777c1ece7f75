package org.socialdesk.connector.telegram.internal;

import java.time.Duration;

/**
 * {@link TelegramConfig} as plain values, so that tests build a connector without OSGi.
 *
 * @param webhookBaseUrl this SocialDesk's public address for the webhook; empty or {@code null} for long polling
 */
record TelegramSettings(String baseUrl, double messagesPerSecondPerChat, int messagesPerMinutePerGroup,
        Duration requestTimeout, int longPollSeconds, int updatesPerRead, String webhookBaseUrl) {

    TelegramSettings {
        if (updatesPerRead < 1 || updatesPerRead > 100) {
            throw new IllegalArgumentException("getUpdates takes 1 to 100 updates, not " + updatesPerRead);
        }
    }

    static TelegramSettings of(TelegramConfig config) {
        return new TelegramSettings(config.baseUrl(), config.messagesPerSecondPerChat(),
                config.messagesPerMinutePerGroup(), Duration.ofSeconds(config.requestTimeoutSeconds()),
                config.longPollSeconds(), config.updatesPerRead(), config.webhookBaseUrl());
    }
}
