package org.socialdesk.ui.registry;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.time.LocalDate;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceDownload;

/**
 * «Экспорт»: the accounts the grid shows (its filters and order) as CSV or as an Excel workbook. The file is made
 * when it is downloaded; the caller and the filter are fixed when the grid last changed, as the download runs
 * outside the session's lock.
 */
final class RegistryExportMenu extends MenuBar {

    private static final long serialVersionUID = 1L;

    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();

    RegistryExportMenu() {
        setId("registry-export");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        HorizontalLayout label = new HorizontalLayout(VaadinIcon.DOWNLOAD.create(),
                new Span(getTranslation("registry.export")));
        label.setSpacing(false);
        var root = addItem(label);
        csv.setId("registry-export-csv");
        csv.setText(getTranslation("registry.export.csv"));
        xlsx.setId("registry-export-xlsx");
        xlsx.setText(getTranslation("registry.export.xlsx"));
        root.getSubMenu().addItem(csv);
        root.getSubMenu().addItem(xlsx);
    }

    /** Offers the accounts matching the query; its offset and limit do not matter. */
    void offer(Caller caller, AccountQuery query) {
        String name = "socialdesk-registry-" + LocalDate.now(Organisation.ALTAI);
        csv.setHref(download -> write(download, caller, query, SpreadsheetFormat.CSV, name),
                AttachmentType.DOWNLOAD);
        xlsx.setHref(download -> write(download, caller, query, SpreadsheetFormat.XLSX, name),
                AttachmentType.DOWNLOAD);
    }

    private static void write(DownloadEvent download, Caller caller, AccountQuery query, SpreadsheetFormat format,
            String name) throws IOException {
        ServiceDownload.send(download, PlatformServices.current().registryExport(),
                export -> export.export(caller, query, format), name + "." + format.extension(), format.mediaType());
    }
}
