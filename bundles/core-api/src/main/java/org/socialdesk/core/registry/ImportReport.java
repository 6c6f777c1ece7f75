package org.socialdesk.core.registry;

import java.util.List;

/**
 * What an import found in a file, and what it imported.
 *
 * @param rows     the file's rows of accounts, without the header and blank rows
 * @param problems the bad rows' problems by line; a row may have more than one
 * @param imported how many accounts were stored: none on a check, or when bad rows stopped the import
 */
public record ImportReport(int rows, List<ImportProblem> problems, int imported) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Rows without any problem. */
    public int goodRows() {
        // a problem of the header is on a line that holds no account
        return Math.max(0, rows - (int) problems.stream().mapToInt(ImportProblem::line).distinct().count());
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
