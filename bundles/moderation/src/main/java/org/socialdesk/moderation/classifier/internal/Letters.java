package org.socialdesk.moderation.classifier.internal;

/**
 * Per-character tables for the normaliser: what kind of character it is, its folded form, and which Cyrillic
 * letter it imitates. Tables indexed by {@code char} keep the hot loop free of branches on Unicode blocks.
 */
final class Letters {

    /** Separator: ends a word (punctuation, emoji halves, anything unlisted). */
    static final byte SEPARATOR = 0;
    static final byte CYRILLIC = 1;
    static final byte LATIN = 2;
    static final byte DIGIT = 3;
    /** {@code @} and {@code $}: letters when written inside a word (с@ка), punctuation otherwise. */
    static final byte SYMBOL = 4;
    /** {@code *}: a letter hidden on purpose (х*й). */
    static final byte MASK = 5;
    /** Skipped without ending the word: apostrophes, soft hyphens, zero-width characters, accents. */
    static final byte IGNORABLE = 6;
    /** A letter of another script that imitates a Cyrillic one (Greek, small capitals, Cherokee). */
    static final byte LOOKALIKE = 7;
    static final byte SPACE = 8;
    /** A letter of any other script: part of a word, never mapped. */
    static final byte OTHER_LETTER = 9;

    static final char COMBINING_BREVE = '\u0306';

    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
    private static final char[] IMITATES = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                KIND[c] = SPACE;
            } else if (Character.isLetter(ch) && !Character.isSurrogate(ch)) {
                KIND[c] = OTHER_LETTER;
                FOLD[c] = Character.toLowerCase(ch);
            } else if (Character.getType(ch) == Character.NON_SPACING_MARK
                    || Character.getType(ch) == Character.FORMAT) {
                KIND[c] = IGNORABLE;
            }
        }
        for (char c = 'а'; c <= 'я'; c++) {
            cyrillic(c, c);
            cyrillic(Character.toUpperCase(c), c);
        }
        cyrillic('ё', 'е');
        cyrillic('Ё', 'е');
        // Ukrainian and Belarusian letters stand in for Russian ones in disguised words (пiзда)
        cyrillic('і', 'и');
        cyrillic('І', 'и');
        cyrillic('ї', 'и');
        cyrillic('є', 'е');
        cyrillic('ґ', 'г');
        cyrillic('ў', 'у');
        for (char c = 'a'; c <= 'z'; c++) {
            latin(c, c);
            latin(Character.toUpperCase(c), c);
        }
        for (char c = '０'; c <= '９'; c++) {
            KIND[c] = DIGIT;
            FOLD[c] = (char) ('0' + (c - '０'));
        }
        for (char c = 'Ａ'; c <= 'Ｚ'; c++) {
            latin(c, (char) ('a' + (c - 'Ａ')));
        }
        for (char c = 'ａ'; c <= 'ｚ'; c++) {
            latin(c, (char) ('a' + (c - 'ａ')));
        }
        for (char c = '0'; c <= '9'; c++) {
            KIND[c] = DIGIT;
            FOLD[c] = c;
        }
        KIND['@'] = SYMBOL;
        FOLD['@'] = '@';
        KIND['$'] = SYMBOL;
        FOLD['$'] = '$';
        KIND['*'] = MASK;
        FOLD['*'] = '*';
        for (char c : "'`’ʼ\u00AD\u200B\u200C\u200D\u2060\uFEFF".toCharArray()) {
            KIND[c] = IGNORABLE;
        }

        // Latin letters, digits and symbols as they are used for Cyrillic ones inside a Russian word;
        // case matters where the shapes differ (B is в, b is ь)
        imitates("Aа aа Bв bь Cс cс Eе eе Hн hн Kк kк Mм mм Oо oо Pр pр Tт tт Xх xх Yу yу Iи iи uи nп rг dд sс zз"
                + " 0о 3з 4ч 6б 8в 9я @а $с");

        lookalikes("αβεηικοπρτχ", "авепикопртх");
        lookalikes("ΑΒΕΗΚΜΟΡΤΥΧ", "авенкмортух");
        lookalikes("ᴀʙᴄᴅᴇʜᴋᴍᴏᴘꜱᴛʏᴢᴨᴩᴧʍɜᴦᴫ", "авсденкморстузпрлмзгл");
        lookalikes("\u13AA\u13F4\u13DF\u13AC\u13BB\u13E6\u13B7\u13E2\u13A2\u13A9\u13EB\u13C3",
                "авсенкмртуоз");
    }

    private Letters() {
    }

    static byte kind(char c) {
        return KIND[c];
    }

    /** Lower case, ё as е, look-alike letters as the Cyrillic letter they imitate. */
    static char fold(char c) {
        return FOLD[c];
    }

    /** The Cyrillic letter a Latin letter, digit or symbol stands for inside a Russian word, or 0. */
    static char imitated(char c) {
        return IMITATES[c];
    }

    private static void cyrillic(char c, char folded) {
        KIND[c] = CYRILLIC;
        FOLD[c] = folded;
    }

    private static void latin(char c, char folded) {
        KIND[c] = LATIN;
        FOLD[c] = folded;
    }

    /** Space-separated pairs: the character, then the Cyrillic letter it stands for. */
    private static void imitates(String pairs) {
        for (String pair : pairs.split(" ")) {
            IMITATES[pair.charAt(0)] = pair.charAt(1);
        }
    }

    private static void lookalikes(String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalStateException("look-alike table out of step: " + from);
        }
        for (int i = 0; i < from.length(); i++) {
            KIND[from.charAt(i)] = LOOKALIKE;
            FOLD[from.charAt(i)] = to.charAt(i);
        }
    }
}
