package org.socialdesk.ui.quota;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaReport;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceDownload;

/**
 * «Отчёт»: the quotas of the week shown, or of its month, as an Excel workbook or a PDF document for the Governor's
 * administration. The month is the one the week belongs to by its Thursday, as the report counts whole weeks. The
 * files are made when they are downloaded, for the caller and the selection of the page's last change.
 */
final class QuotaReportMenu extends MenuBar {

    private static final long serialVersionUID = 1L;

    private final Map<QuotaReport.Format, Anchor> weeks = new EnumMap<>(QuotaReport.Format.class);
    private final Map<QuotaReport.Format, Anchor> months = new EnumMap<>(QuotaReport.Format.class);

    QuotaReportMenu() {
        setId("quota-report");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        HorizontalLayout label = new HorizontalLayout(VaadinIcon.DOWNLOAD.create(),
                new Span(getTranslation("quota.report")));
        label.setSpacing(false);
        var root = addItem(label);
        addAnchors(root.getSubMenu(), weeks, "week");
        addAnchors(root.getSubMenu(), months, "month");
    }

    private static void addAnchors(SubMenu menu, Map<QuotaReport.Format, Anchor> anchors, String period) {
        for (QuotaReport.Format format : QuotaReport.Format.values()) {
            Anchor anchor = new Anchor();
            anchor.setId("quota-report-" + period + "-" + format.extension());
            anchors.put(format, anchor);
            menu.addItem(anchor);
        }
    }

    /** Offers the reports of the week and its month for one organisation, or all for {@code null}. */
    void offer(Caller caller, Long organisationId, IsoWeek shown) {
        YearMonth itsMonth = monthOf(shown);
        for (QuotaReport.Format format : QuotaReport.Format.values()) {
            String type = format.name();
            Anchor week = weeks.get(format);
            week.setText(getTranslation("quota.report.week", shown.week(), type));
            week.setHref(download -> write(download, "socialdesk-quotas-" + shown, format,
                    report -> report.week(caller, organisationId, shown, format)), AttachmentType.DOWNLOAD);
            Anchor month = months.get(format);
            month.setText(getTranslation("quota.report.month", itsMonth.getMonthValue(), itsMonth.getYear(), type));
            month.setHref(download -> write(download, "socialdesk-quotas-" + itsMonth, format,
                    report -> report.month(caller, organisationId, itsMonth, format)), AttachmentType.DOWNLOAD);
        }
    }

    static YearMonth monthOf(IsoWeek week) {
        return YearMonth.from(week.monday().with(DayOfWeek.THURSDAY));
    }

    private static void write(DownloadEvent download, String name, QuotaReport.Format format,
            Function<QuotaReport, byte[]> make) throws IOException {
        ServiceDownload.send(download, PlatformServices.current().quotaReport(), make,
                name + "." + format.extension(), format.mediaType());
    }
}
