package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import org.socialdesk.core.contentplan.PlanTransfer;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceDownload;

/**
 * «Экспорт»: the chosen organisation's plan for the period the calendar shows, as CSV, an Excel workbook or an
 * iCalendar file, and the address of its calendar feed for staff calendar programs. The file is made when it is
 * downloaded; the caller and the period are fixed when the calendar last changed, as the download runs outside the
 * session's lock.
 */
final class PlanExportMenu extends MenuBar {

    private static final long serialVersionUID = 1L;

    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    private final Anchor ics = new Anchor();
    private long organisationId;

    PlanExportMenu() {
        setId("plan-export");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        HorizontalLayout label = new HorizontalLayout(VaadinIcon.DOWNLOAD.create(),
                new Span(getTranslation("plan.export")));
        label.setSpacing(false);
        var root = addItem(label);
        csv.setId("plan-export-csv");
        csv.setText(getTranslation("plan.export.csv"));
        xlsx.setId("plan-export-xlsx");
        xlsx.setText(getTranslation("plan.export.xlsx"));
        ics.setId("plan-export-ics");
        ics.setText(getTranslation("plan.export.ics"));
        root.getSubMenu().addItem(csv);
        root.getSubMenu().addItem(xlsx);
        root.getSubMenu().addItem(ics);
        root.getSubMenu().addItem(getTranslation("plan.export.subscription"),
                event -> new PlanSubscriptionDialog(organisationId).open())
                .setId("plan-export-subscription");
    }

    /** Offers the organisation's items planned in [from, to); {@code name} is the files' name without ending. */
    void offer(Caller caller, long organisationId, Instant from, Instant to, String name) {
        this.organisationId = organisationId;
        csv.setHref(spreadsheet(caller, organisationId, from, to, SpreadsheetFormat.CSV, name),
                AttachmentType.DOWNLOAD);
        xlsx.setHref(spreadsheet(caller, organisationId, from, to, SpreadsheetFormat.XLSX, name),
                AttachmentType.DOWNLOAD);
        ics.setHref(download -> write(download, name + ".ics", PlanTransfer.CALENDAR_MEDIA_TYPE,
                transfer -> transfer.calendar(caller, organisationId, from, to).getBytes(StandardCharsets.UTF_8)),
                AttachmentType.DOWNLOAD);
    }

    private static DownloadHandler spreadsheet(Caller caller, long organisationId, Instant from, Instant to,
            SpreadsheetFormat format, String name) {
        return download -> write(download, name + "." + format.extension(), format.mediaType(),
                transfer -> transfer.export(caller, organisationId, from, to, format));
    }

    private static void write(DownloadEvent download, String fileName, String mediaType,
            Function<PlanTransfer, byte[]> export) throws IOException {
        ServiceDownload.send(download, PlatformServices.current().planTransfer(), export, fileName, mediaType);
    }
}
