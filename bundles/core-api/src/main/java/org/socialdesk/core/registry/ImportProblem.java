package org.socialdesk.core.registry;

/**
 * Why one row of an import file cannot be imported.
 *
 * @param line   the row's line in the file, counting the header as line 1
 * @param column the column at fault, as the header names it, or {@code null} when the whole row is
 * @param message what is wrong, in the words of {@link RegistryValidationException} for the same mistake in a form
 */
public record ImportProblem(int line, String column, String message) {
}
