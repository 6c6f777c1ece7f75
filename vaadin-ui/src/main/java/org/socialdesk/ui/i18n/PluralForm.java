package org.socialdesk.ui.i18n;

import java.util.Locale;

/**
 * Which form of a noun goes with a number: Russian has three (1 аккаунт, 2 аккаунта, 5 аккаунтов) chosen by the
 * last two digits, English two. Message keys carry the form as their last part, e.g. {@code quota.risk.few}.
 */
public enum PluralForm {
    ONE, FEW, MANY;

    public static PluralForm of(long count, Locale locale) {
        long n = Math.abs(count);
        if (!"ru".equals(locale.getLanguage())) {
            return n == 1 ? ONE : MANY;
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return ONE;
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return FEW;
        }
        return MANY;
    }

    /** The message key of this form: the prefix (ending in a dot) and {@code one}, {@code few} or {@code many}. */
    public String key(String prefix) {
        return prefix + name().toLowerCase(Locale.ROOT);
    }
}
