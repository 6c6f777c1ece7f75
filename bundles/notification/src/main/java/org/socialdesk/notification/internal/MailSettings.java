package org.socialdesk.notification.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Locale;

/**
 * The mail configuration as the notices use it. {@link #toString()} leaves the password out, so that the settings
 * can be logged.
 *
 * @param pressOffice the press office's address, or {@code null}
 * @param baseUrl     the web UI's address without a trailing slash, or {@code null}
 */
record MailSettings(String host, int port, Security security, String username, String password, String from,
        String pressOffice, String baseUrl, Duration poll, Duration quotaCheck, DayOfWeek quotaWarningsFrom) {

    /** How the connection to the SMTP server is protected. */
    enum Security {
        NONE, STARTTLS, SSL
    }

    static MailSettings of(NotificationConfig config) {
        String baseUrl = blankToNull(config.baseUrl());
        return new MailSettings(config.smtpHost().trim(), config.smtpPort(),
                Security.valueOf(config.security().trim().toUpperCase(Locale.ROOT)), blankToNull(config.username()),
                blankToNull(config.password()), config.fromAddress().trim(), blankToNull(config.pressOfficeAddress()),
                baseUrl == null ? null : baseUrl.replaceAll("/+$", ""),
                Duration.ofSeconds(Math.max(1, config.pollSeconds())),
                Duration.ofMinutes(Math.max(1, config.quotaCheckMinutes())),
                DayOfWeek.valueOf(config.quotaWarningsFrom().trim().toUpperCase(Locale.ROOT)));
    }

    /** Whether mail goes out at all: it needs a server and a sender. */
    boolean enabled() {
        return !host.isEmpty() && !from.isEmpty();
    }

    /** A link to a page of the web UI, or {@code null} when its address is not configured. */
    String link(String page) {
        return baseUrl == null ? null : baseUrl + "/" + page;
    }

    @Override
    public String toString() {
        return "smtp " + host + ":" + port + " (" + security + (username == null ? "" : ", user " + username) + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
