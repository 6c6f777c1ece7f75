package org.socialdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The upload of one CSV or Excel file for an import, held in memory and handed over under the session's lock. */
public final class SpreadsheetUpload {

    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private SpreadsheetUpload() {
    }

    /**
     * @param received gets the file's name and bytes; it runs under the session's lock, which the upload request
     *                 itself does not hold
     */
    public static Upload create(String id, BiConsumer<String, byte[]> received) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(
                () -> received.accept(metadata.fileName(), bytes))));
        upload.setId(id);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("spreadsheet.upload.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("spreadsheet.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(upload.getTranslation("spreadsheet.upload.too-big"))
                        .setIncorrectFileType(upload.getTranslation("spreadsheet.upload.wrong-type"))));
        return upload;
    }

    /** Whether the file's name says it is an Excel workbook (.xlsx); anything else is read as CSV. */
    public static boolean isWorkbook(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
