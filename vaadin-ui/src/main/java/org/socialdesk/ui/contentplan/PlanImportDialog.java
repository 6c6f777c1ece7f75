package org.socialdesk.ui.contentplan;

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
import org.socialdesk.core.contentplan.PlanImportResult;
import org.socialdesk.core.contentplan.PlanRowError;
import org.socialdesk.core.contentplan.PlanTransfer;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.SpreadsheetUpload;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * «Импорт»: a CSV or Excel file of posts is checked first and every bad row shown with its line, column and
 * reason. Only a file without bad rows can be imported, all of it as drafts of the organisation; the service checks
 * it again when importing, so a change in between cannot slip in.
 */
final class PlanImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int NOTICE_MILLIS = 6_000;

    private static final Logger LOG = LoggerFactory.getLogger(PlanImportDialog.class);

    private final long organisationId;
    private final Runnable imported;
    private final Paragraph error = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Grid<PlanRowError> problems = new Grid<>();
    private final Button importAll = new Button(getTranslation("plan.import.all"));
    private byte[] file;
    private SpreadsheetFormat format;

    /** @param imported called after drafts were imported, to show them */
    PlanImportDialog(long organisationId, String organisationName, Runnable imported) {
        this.organisationId = organisationId;
        this.imported = imported;
        setId("plan-import-dialog");
        setHeaderTitle(getTranslation("plan.import.title", organisationName));
        setWidth("56em");

        Upload upload = SpreadsheetUpload.create("plan-import-upload", this::check);
        upload.addFileRemovedListener(event -> {
            error.setVisible(false);
            show(null);
        });

        error.setId("plan-import-error");
        error.setVisible(false);
        summary.setId("plan-import-summary");
        problems.setId("plan-import-problems");
        problems.addColumn(PlanRowError::line).setHeader(getTranslation("plan.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation("plan.import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::reason).setHeader(getTranslation("plan.import.reason"))
                .setTooltipGenerator(this::reason).setFlexGrow(1);
        problems.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("plan.import.hint")), upload, error, summary, problems);

        importAll.setId("plan-import-all");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClickListener(event -> apply());
        Button cancel = new Button(getTranslation("plan.import.cancel"), event -> close());
        cancel.setId("plan-import-cancel");
        getFooter().add(cancel, importAll);
        show(null);
    }

    private void check(String fileName, byte[] bytes) {
        file = bytes;
        format = SpreadsheetUpload.isWorkbook(fileName) ? SpreadsheetFormat.XLSX : SpreadsheetFormat.CSV;
        show(ask(service -> service.check(CurrentCaller.require(), organisationId, file, format)).orElse(null));
    }

    private void apply() {
        Optional<PlanImportResult> result = ask(service -> service.importFile(CurrentCaller.require(),
                organisationId, file, format));
        if (result.isEmpty()) {
            return;
        }
        if (!result.get().clean()) {
            // the registry or the plan changed since the check: the file is refused with the new reasons
            show(result.get());
            return;
        }
        Notification notification = new Notification(getTranslation("plan.import.done",
                result.get().created().size()), NOTICE_MILLIS, Notification.Position.TOP_CENTER);
        notification.setId("plan-import-notification");
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
        close();
        imported.run();
    }

    /** Asks the service; why nothing came back is said in the line above the rows. */
    private Optional<PlanImportResult> ask(Function<PlanTransfer, PlanImportResult> call) {
        Optional<PlanTransfer> service = PlatformServices.current().planTransfer();
        if (service.isEmpty()) {
            return fail("service.unavailable");
        }
        try {
            PlanImportResult result = call.apply(service.get());
            error.setVisible(false);
            return Optional.of(result);
        } catch (AccessDeniedException e) {
            return fail("plan.error.denied");
        } catch (PlanValidationException e) {
            // the organisation itself is gone, which is no row's fault
            return fail("plan.import.no-organisation");
        } catch (IllegalArgumentException e) {
            // the file is not CSV or not a workbook at all
            return fail("plan.import.unreadable");
        } catch (RuntimeException e) {
            LOG.error("The content plan import failed", e);
            return fail("service.failed");
        }
    }

    private Optional<PlanImportResult> fail(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
        show(null);
        return Optional.empty();
    }

    private void show(PlanImportResult result) {
        boolean checked = result != null;
        summary.setVisible(checked);
        problems.setVisible(checked && !result.clean());
        problems.setItems(checked ? result.errors() : List.of());
        importAll.setEnabled(checked && result.clean() && result.rows() > 0);
        if (checked) {
            summary.setText(result.clean() ? getTranslation("plan.import.clean", result.rows())
                    : getTranslation("plan.import.bad", result.rows(), result.errors().size()));
        }
    }

    private String reason(PlanRowError problem) {
        return getTranslation(PlanImportErrors.key(problem), problem.message());
    }
}
