package org.socialdesk.moderation.classifier;

import java.util.List;
import java.util.Objects;

/**
 * The classifier's answer for one text.
 *
 * @param category   the category a moderator should look at first; {@link Category#CLEAN} if nothing matched
 * @param confidence 0..1: how sure the classifier is of {@code category}; for CLEAN, how little it found
 * @param reasons    human-readable matched terms and rules, e.g. {@code мат: «хуй» (в слове «нахуй»)}; every
 *                   category that fired is listed, not only the chosen one
 */
public record Verdict(Category category, double confidence, List<String> reasons) {

    public Verdict {
        Objects.requireNonNull(category, "category");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
        reasons = List.copyOf(reasons);
    }

    /** A verdict for a text in which nothing was found. */
    public static Verdict clean() {
        return CLEAN;
    }

    private static final Verdict CLEAN = new Verdict(Category.CLEAN, 1.0, List.of());

    public boolean isClean() {
        return category == Category.CLEAN;
    }
}
