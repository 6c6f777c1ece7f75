package org.socialdesk.moderation.classifier.internal;

/**
 * Reads a word written in Latin letters the way Russians type Russian without a Cyrillic keyboard
 * (pizdec, blyat, nahuy), so that it can be looked up in the Russian word lists.
 */
final class Transliteration {

    private Transliteration() {
    }

    /**
     * Writes the Cyrillic reading of {@code in[from, to)} (lower-case Latin) into {@code out} from {@code at}.
     *
     * @return the end of what was written in {@code out}
     */
    static int toCyrillic(char[] in, int from, int to, char[] out, int at) {
        int o = at;
        int i = from;
        while (i < to) {
            char c = in[i];
            char next = i + 1 < to ? in[i + 1] : 0;
            char afterNext = i + 2 < to ? in[i + 2] : 0;
            if (c == 's' && next == 'h' && afterNext == 'c' && i + 3 < to && in[i + 3] == 'h') {
                out[o++] = 'щ';
                i += 4;
            } else if (c == 's' && next == 'c' && afterNext == 'h') {
                out[o++] = 'щ';
                i += 3;
            } else if (next == 'h' && digraphWithH(c) != 0) {
                out[o++] = digraphWithH(c);
                i += 2;
            } else if ((c == 't' && (next == 's' || next == 'z'))) {
                out[o++] = 'ц';
                i += 2;
            } else if ((c == 'y' || c == 'j') && iotated(next) != 0) {
                out[o++] = iotated(next);
                i += 2;
            } else if (c == 'y' || c == 'j') {
                // й after a vowel (huy, moy), ы between consonants (vy, ty)
                out[o++] = i > from && isVowel(in[i - 1]) ? 'й' : c == 'j' ? 'й' : 'ы';
                i++;
            } else if (c == 'c') {
                out[o++] = next == 'e' || next == 'i' || next == 0 ? 'ц' : 'к';
                i++;
            } else {
                char single = single(c);
                if (single != 0) {
                    out[o++] = single;
                }
                i++;
            }
        }
        return o;
    }

    private static char digraphWithH(char c) {
        switch (c) {
            case 'z': return 'ж';
            case 'c': return 'ч';
            case 's': return 'ш';
            case 'k': return 'х';
            default: return 0;
        }
    }

    private static char iotated(char vowel) {
        switch (vowel) {
            case 'a': return 'я';
            case 'u': return 'ю';
            case 'o':
            case 'e': return 'е';
            default: return 0;
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static char single(char c) {
        switch (c) {
            case 'a': return 'а';
            case 'b': return 'б';
            case 'd': return 'д';
            case 'e': return 'е';
            case 'f': return 'ф';
            case 'g': return 'г';
            case 'h':
            case 'x': return 'х';
            case 'i': return 'и';
            case 'k':
            case 'q': return 'к';
            case 'l': return 'л';
            case 'm': return 'м';
            case 'n': return 'н';
            case 'o': return 'о';
            case 'p': return 'п';
            case 'r': return 'р';
            case 's': return 'с';
            case 't': return 'т';
            case 'u': return 'у';
            case 'v':
            case 'w': return 'в';
            case 'z': return 'з';
            default: return 0;
        }
    }
}
