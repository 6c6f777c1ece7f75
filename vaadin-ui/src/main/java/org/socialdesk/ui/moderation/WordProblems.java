package org.socialdesk.ui.moderation;

import org.socialdesk.core.moderation.WordListProblem;

/** A mistake in an organisation's word list as a sentence: which line, and what to do about it. */
final class WordProblems {

    private WordProblems() {
    }

    /** The message key; it takes the line and {@link #detail} as its parameters. */
    static String key(WordListProblem.Kind kind) {
        return switch (kind) {
            case EMPTY -> "moderation.words.problem.empty";
            case TOO_LONG -> "moderation.words.problem.too-long";
            case TOO_MANY -> "moderation.words.problem.too-many";
            case DUPLICATE -> "moderation.words.problem.duplicate";
            case ERASED_CHARACTER -> "moderation.words.problem.erased";
            case BAD_STEM -> "moderation.words.problem.stem";
            case NOT_ONE_WORD -> "moderation.words.problem.one-word";
        };
    }

    /** The detail, with a character that cannot be seen (an accent, a zero-width space) given by its code. */
    static String detail(WordListProblem problem) {
        String detail = problem.detail();
        if (detail == null) {
            return "";
        }
        if (detail.length() == 1 && !visible(detail.charAt(0))) {
            return String.format("U+%04X", (int) detail.charAt(0));
        }
        return detail;
    }

    private static boolean visible(char c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && type != Character.FORMAT && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.CONTROL;
    }
}
