package org.socialdesk.core.contentplan;

/** The file formats in which a content plan is exported and imported. */
public enum PlanFileFormat {
    /** UTF-8 with a byte order mark and semicolons, as a Russian Excel writes and opens it; commas are read too. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** An Excel workbook (Office Open XML); its first sheet holds the items. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    PlanFileFormat(String mediaType, String extension) {
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
