package org.socialdesk.contentplan.style;

/**
 * A word of the draft with its place in the text.
 *
 * @param form  lower-cased with «ё» folded to «е», because editors type both and rule files use «е»
 * @param start char index of the first letter
 * @param end   index after the last letter
 */
record Word(String form, int start, int end) {

    static String normalise(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }
}
