package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.ImportProblem;
import org.socialdesk.core.registry.ImportReport;
import org.socialdesk.core.registry.RegistryImport;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.SpreadsheetUpload;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * «Импорт»: a CSV or Excel file is checked first and every bad row shown with its line, column and reason. Only a
 * clean file can be imported as it is; with bad rows the user must choose, with a button of its own, to import
 * only the good ones. The service checks the file again when importing, so a change in between cannot slip in.
 */
final class RegistryImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int NOTICE_MILLIS = 6_000;

    private static final Logger LOG = LoggerFactory.getLogger(RegistryImportDialog.class);

    private final Paragraph error = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button importAll = new Button(getTranslation("registry.import.all"));
    private final Button importGood = new Button(getTranslation("registry.import.good"));
    private final Runnable imported;
    private byte[] file;
    private SpreadsheetFormat format;

    /** @param imported called after accounts were imported, to show them */
    RegistryImportDialog(Runnable imported) {
        this.imported = imported;
        setId("registry-import-dialog");
        setHeaderTitle(getTranslation("registry.import.title"));
        setWidth("56em");

        Upload upload = SpreadsheetUpload.create("registry-import-upload", this::check);
        upload.addFileRemovedListener(event -> {
            error.setVisible(false);
            show(null);
        });

        error.setId("registry-import-error");
        error.setVisible(false);
        summary.setId("registry-import-summary");
        problems.setId("registry-import-problems");
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("registry.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation("registry.import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::reason).setHeader(getTranslation("registry.import.reason"))
                .setTooltipGenerator(this::reason).setFlexGrow(1);
        problems.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("registry.import.hint")), upload, error, summary, problems);

        importAll.setId("registry-import-all");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClickListener(event -> apply(false));
        importGood.setId("registry-import-good");
        importGood.addThemeVariants(ButtonVariant.LUMO_ERROR);
        importGood.addClickListener(event -> apply(true));
        Button cancel = new Button(getTranslation("registry.import.cancel"), event -> close());
        cancel.setId("registry-import-cancel");
        getFooter().add(cancel, importGood, importAll);
        show(null);
    }

    /** The format the file's name says; Excel names its workbooks .xlsx, anything else is read as CSV. */
    static SpreadsheetFormat formatOf(String fileName) {
        return SpreadsheetUpload.isWorkbook(fileName) ? SpreadsheetFormat.XLSX : SpreadsheetFormat.CSV;
    }

    private void check(String fileName, byte[] bytes) {
        file = bytes;
        format = formatOf(fileName);
        show(ask(service -> service.check(CurrentCaller.require(), file, format)).orElse(null));
    }

    private void apply(boolean onlyGoodRows) {
        Optional<ImportReport> report = ask(service -> service.apply(CurrentCaller.require(), file, format,
                onlyGoodRows));
        if (report.isEmpty()) {
            return;
        }
        if (report.get().imported() == 0) {
            // the registry changed since the check: the file is refused with the new reasons
            show(report.get());
            return;
        }
        Notification notification = new Notification(getTranslation("registry.import.done",
                report.get().imported()), NOTICE_MILLIS, Notification.Position.TOP_CENTER);
        notification.setId("registry-import-notification");
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
        close();
        imported.run();
    }

    /** Asks the import service; why nothing came back is said in the line above the report. */
    private Optional<ImportReport> ask(Function<RegistryImport, ImportReport> call) {
        Optional<RegistryImport> service = PlatformServices.current().registryImport();
        if (service.isEmpty()) {
            return fail("service.unavailable");
        }
        try {
            ImportReport report = call.apply(service.get());
            error.setVisible(false);
            return Optional.of(report);
        } catch (AccessDeniedException e) {
            return fail("service.denied");
        } catch (IllegalArgumentException e) {
            // the file is not CSV or not a workbook at all, which is no row's fault
            return fail("registry.import.unreadable");
        } catch (RuntimeException e) {
            LOG.error("The registry import failed", e);
            return fail("service.failed");
        }
    }

    private Optional<ImportReport> fail(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
        show(null);
        return Optional.empty();
    }

    private void show(ImportReport report) {
        boolean checked = report != null;
        summary.setVisible(checked);
        problems.setVisible(checked && !report.clean());
        problems.setItems(checked ? report.problems() : List.of());
        importAll.setEnabled(checked && report.clean() && report.rows() > 0);
        importGood.setVisible(checked && !report.clean() && report.goodRows() > 0);
        if (checked) {
            summary.setText(report.clean() ? getTranslation("registry.import.clean", report.rows())
                    : getTranslation("registry.import.bad", report.rows(), report.goodRows(),
                            report.rows() - report.goodRows()));
        }
    }

    /** The reason in the user's language; a rule the UI does not know yet shows the service's own words. */
    private String reason(ImportProblem problem) {
        String key = RegistryErrors.key(new RegistryValidationException(problem.column(), problem.message()));
        return key.equals(RegistryErrors.REJECTED) ? getTranslation(key, problem.message()) : getTranslation(key);
    }
}
