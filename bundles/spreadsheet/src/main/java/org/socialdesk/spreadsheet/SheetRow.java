package org.socialdesk.spreadsheet;

import java.util.List;

/**
 * One row of a table read from a file.
 *
 * @param line  where the row starts in the file, counting from 1: the row number in a workbook, the line in a CSV
 *              file (a quoted value with line breaks makes the next row start further down)
 * @param cells the row's values as text from the first column on; an empty cell is {@code ""}
 */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The value in the column, {@code ""} when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** A row with nothing but blanks, which a spreadsheet leaves after its data or between groups. */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
