package org.socialdesk.core.contentplan;

import java.time.YearMonth;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.Caller;

/**
 * The quota reports of д.6 for the Governor's administration: one table with a row per active account the caller
 * may see, of one organisation or all ({@code null}), as an Excel workbook or a PDF document.
 */
public interface QuotaReport {

    /** The files a report is made as. */
    enum Format {
        /** An Excel workbook of one sheet, the figures as numbers. */
        XLSX(SpreadsheetFormat.XLSX.mediaType(), SpreadsheetFormat.XLSX.extension()),
        /** A landscape A4 document to print or sign, its font embedded. */
        PDF("application/pdf", "pdf");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
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

    /** Columns: organisation, account, network, required, published, planned, status. */
    byte[] week(Caller caller, Long organisationId, IsoWeek week, Format format);

    /**
     * Columns: organisation, account, network, then required, published, planned and status for each ISO week of
     * the month, the weeks whose Thursday falls in it (so that every week belongs to exactly one month).
     */
    byte[] month(Caller caller, Long organisationId, YearMonth month, Format format);
}
