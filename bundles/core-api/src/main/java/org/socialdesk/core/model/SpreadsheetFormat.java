package org.socialdesk.core.model;

/** The spreadsheet files the registry and the content plan are exported as and imported from. */
public enum SpreadsheetFormat {
    /** UTF-8 with a byte order mark and semicolons, as a Russian Excel writes and opens it; commas are read too. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** An Excel workbook (Office Open XML); its first sheet holds the rows. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    SpreadsheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name's ending, without the dot. */
    public String extension() {
        return extension;
    }
}
