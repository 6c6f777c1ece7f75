package org.socialdesk.core.contentplan;

import java.util.List;

/**
 * What an import of a plan file found: either every row became a draft, or none did and {@code errors} says why.
 *
 * @param rows    the rows of the file that hold an item (the header and blank rows are not counted)
 * @param created the drafts stored, in the file's order; empty when the file was only checked or had errors
 * @param errors  every wrong row, by line
 */
public record PlanImportResult(int rows, List<PlanItem> created, List<PlanRowError> errors) {

    public PlanImportResult {
        created = List.copyOf(created);
        errors = List.copyOf(errors);
    }

    /** No row is wrong, so the file can be imported as it is. */
    public boolean clean() {
        return errors.isEmpty();
    }
}
