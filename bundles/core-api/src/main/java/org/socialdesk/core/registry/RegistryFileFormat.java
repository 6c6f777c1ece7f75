package org.socialdesk.core.registry;

/** The file formats in which the registry's accounts are exported and imported. */
public enum RegistryFileFormat {
    /** UTF-8 with a byte order mark and semicolons, as a Russian Excel writes and opens it; commas are read too. */
    CSV,
    /** An Excel workbook (Office Open XML); its first sheet holds the accounts. */
    XLSX
}
