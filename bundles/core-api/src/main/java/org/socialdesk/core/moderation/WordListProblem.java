package org.socialdesk.core.moderation;

import java.util.Objects;

/**
 * Why one entry of an organisation's word list cannot be saved.
 *
 * @param line   the entry's position in its list, from 1
 * @param detail what the problem is about: the first earlier line with the same word (DUPLICATE), the limit
 *               (TOO_LONG, TOO_MANY), the offending character (ERASED_CHARACTER), else {@code null}
 */
public record WordListProblem(OrganisationWordList list, int line, Kind kind, String detail) {

    public enum Kind {
        /** Nothing but spaces. */
        EMPTY,
        /** Longer than {@link OrganisationWordsService#MAX_ENTRY_LENGTH} characters. */
        TOO_LONG,
        /** More than {@link OrganisationWordsService#MAX_ENTRIES} entries in the list. */
        TOO_MANY,
        /** The same word as an earlier line, once comments are normalised (case, ё, look-alike letters). */
        DUPLICATE,
        /** A character the normalisation of comments removes or reads as a break (punctuation, accents). */
        ERASED_CHARACTER,
        /** {@code *} anywhere but at the end of a word of {@link OrganisationWordsService#MIN_STEM} letters. */
        BAD_STEM,
        /** More than one word where the allowed list takes single words. */
        NOT_ONE_WORD
    }

    public WordListProblem {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(kind, "kind");
    }

    /** In English, for APIs, the console and logs. */
    public String describe() {
        return list + " line " + line + ": " + switch (kind) {
            case EMPTY -> "empty";
            case TOO_LONG -> "longer than " + detail + " characters";
            case TOO_MANY -> "more than " + detail + " entries";
            case DUPLICATE -> "the same word as line " + detail;
            case ERASED_CHARACTER -> "the character '" + detail + "' is removed when comments are read";
            case BAD_STEM -> "'*' may only end a word of at least " + OrganisationWordsService.MIN_STEM
                    + " letters";
            case NOT_ONE_WORD -> "an allowed entry is a single word";
        };
    }
}
