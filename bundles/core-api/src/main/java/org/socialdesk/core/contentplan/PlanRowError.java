package org.socialdesk.core.contentplan;

/**
 * Why one row of an imported plan cannot become a draft.
 *
 * @param line    the row's line in the file, counting the header as line 1
 * @param column  the column at fault as the header names it (or the item's field, e.g. {@code targets}), or
 *                {@code null} when the whole row is
 * @param message what is wrong, in the words of {@link PlanValidationException} for the same mistake in a form
 */
public record PlanRowError(int line, String column, String message) {
}
