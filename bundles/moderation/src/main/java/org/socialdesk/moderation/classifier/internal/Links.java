package org.socialdesk.moderation.classifier.internal;

import java.util.Locale;
import java.util.Set;

/** Recognises a web address in a run of non-space characters without a regular expression. */
final class Links {

    /** Top-level domains seen in spam and in ordinary links; enough to tell "site.ru" from "т.е.". */
    private static final Set<String> DOMAINS = Set.of(
            "com", "net", "org", "ru", "su", "рф", "info", "biz", "me", "io", "ly", "co", "cc", "tv", "ws", "xyz",
            "top", "site", "online", "club", "shop", "store", "pro", "ltd", "link", "app", "dev", "page", "live",
            "vip", "fun", "icu", "bet", "casino", "win", "money", "cash", "life", "world", "space", "website",
            "one", "run", "tech", "ai", "gl", "to", "gg", "uk", "de", "fr", "it", "es", "pl", "ua", "by", "kz",
            "uz", "am", "ge", "us", "eu", "in", "cn", "click", "best", "today", "digital", "group", "network");

    private Links() {
    }

    static boolean isLink(String text, int from, int to) {
        while (to > from && ".,;:!?)»\"'".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        while (from < to && "(«\"'".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        if (to - from < 4) {
            return false;
        }
        for (int i = from + 1; i + 3 <= to; i++) {
            if (text.startsWith("://", i)) {
                return true;
            }
        }
        if (text.regionMatches(true, from, "www.", 0, 4)) {
            return true;
        }
        int hostEnd = from;
        while (hostEnd < to && "/?#:".indexOf(text.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        int dot = text.lastIndexOf('.', hostEnd - 1);
        if (dot <= from || dot >= hostEnd - 1 || !Character.isLetterOrDigit(text.charAt(dot - 1))) {
            return false;
        }
        return DOMAINS.contains(text.substring(dot + 1, hostEnd).toLowerCase(Locale.ROOT));
    }
}
