package org.socialdesk.moderation.classifier.internal;

/**
 * Counts phone numbers while the tokenizer walks a text: a run of 10 to 13 digits beginning with +, 7 or 8,
 * with spaces, dashes, dots or brackets between them (+7 (913) 123-45-67, 8 913 123 45 67).
 */
final class PhoneNumbers {

    private static final int MIN_DIGITS = 10;
    private static final int MAX_DIGITS = 13;
    /** Separators may not stretch further than this between two digits of one number. */
    private static final int MAX_GAP = 2;

    private int count;
    private int digits;
    private boolean plus;
    private char first;
    private int lastDigit = -MAX_GAP - 1;

    /** Feeds character {@code i} of {@code text}, of kind {@code kind} (see {@link Letters}). */
    void see(char[] text, int i, byte kind) {
        char c = text[i];
        if (kind == Letters.DIGIT) {
            if (digits == 0) {
                first = Letters.fold(c);
                plus = i > 0 && text[i - 1] == '+';
            }
            digits++;
            lastDigit = i;
        } else if (digits > 0 && !(i - lastDigit <= MAX_GAP && isSeparator(c))) {
            end();
        }
    }

    /** Ends the current run of digits, counting it if it is a phone number. */
    void end() {
        if (digits >= MIN_DIGITS && digits <= MAX_DIGITS && (plus || first == '8' || first == '7')) {
            count++;
        }
        digits = 0;
    }

    int count() {
        return count;
    }

    /** Forgets the numbers counted since {@code earlier}, e.g. digits that turned out to be part of a link. */
    void forgetSince(int earlier) {
        end();
        count = earlier;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '\u00A0';
    }
}
