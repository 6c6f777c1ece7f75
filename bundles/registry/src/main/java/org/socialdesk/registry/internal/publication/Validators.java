package org.socialdesk.registry.internal.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/** Entity tags, HTTP dates and the conditional-request rules of RFC 9110 that let clients keep their copy. */
final class Validators {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Validators() {
    }

    /** A strong tag: the same bytes always give the same tag, on every node and after every restart. */
    static String entityTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /**
     * Whether the client's copy is current. {@code If-None-Match} wins when present, as RFC 9110 §13.2.2 requires;
     * a date the client sends that cannot be read is ignored, which means a full response.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String entityTag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, entityTag);
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.trim(), Instant::from);
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code If-None-Match} compares weakly, so a tag a proxy marked weak still counts. */
    private static boolean matches(String ifNoneMatch, String entityTag) {
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(entityTag));
    }
}
