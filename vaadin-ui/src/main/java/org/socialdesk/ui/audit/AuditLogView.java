package org.socialdesk.ui.audit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.DatePickerTexts;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The audit log, newest first, filtered by actor, organisation, object type and period, with the rows found
 * exported as CSV for Excel. For administrators and auditors; the audit log service checks that again.
 */
@Route(value = "audit", layout = MainLayout.class)
public class AuditLogView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    /** Enough for a page to read; a longer period is narrowed down with the filters. */
    static final int ROWS = 1_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(AuditFilter.ZONE);

    private final boolean permitted = permits(CurrentCaller.get().orElse(null));
    private final TextField actor = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final TextField objectType = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ServiceNotice notice = new ServiceNotice("audit-notice");
    private final Paragraph truncated = new Paragraph();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Anchor export = new Anchor();
    private Map<Long, String> organisationNames = Map.of();

    public AuditLogView() {
        setId("audit-view");
        setSizeFull();
        add(new H2(getTranslation("audit.title")));
        if (!permitted) {
            Paragraph denied = new Paragraph(getTranslation("audit.denied"));
            denied.setId("audit-denied");
            add(denied);
            return;
        }

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        // the log matches actor and object type exactly, so the fields say what to type
        actor.setHelperText(getTranslation("audit.actor.helper"));
        actor.setClearButtonVisible(true);
        organisation.setId("audit-organisation");
        organisation.setLabel(getTranslation("audit.organisation"));
        organisation.setPlaceholder(getTranslation("audit.organisation.all"));
        organisation.setItemLabelGenerator(OrganisationNames::shortest);
        organisation.setClearButtonVisible(true);
        organisation.setWidth("20em");
        objectType.setId("audit-object-type");
        objectType.setLabel(getTranslation("audit.object-type"));
        objectType.setHelperText(getTranslation("audit.object-type.helper"));
        objectType.setClearButtonVisible(true);
        period(from, "audit-from", "audit.from");
        period(to, "audit-to", "audit.to");
        // an impossible period cannot be picked, instead of silently finding nothing
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));

        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), event -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        export.setId("audit-export");
        export.add(new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create()));

        FlexLayout filters = new FlexLayout(actor, organisation, objectType, from, to, search, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        truncated.setId("audit-truncated");
        truncated.setVisible(false);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(event -> TIME.format(event.time())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::organisationName).setHeader(getTranslation("audit.organisation"))
                .setResizable(true).setFlexGrow(1);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::object).setHeader(getTranslation("audit.object")).setResizable(true).setFlexGrow(1);
        grid.addColumn(AuditEvent::summary).setHeader(getTranslation("audit.summary"))
                .setTooltipGenerator(AuditEvent::summary).setResizable(true).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("audit.empty"));

        add(filters, notice, truncated, grid);
        setFlexGrow(1, grid);
    }

    public static boolean permits(Caller caller) {
        return caller != null && (caller.has(Role.ADMINISTRATOR) || caller.has(Role.AUDITOR));
    }

    /** Reads the organisations for the filter and the newest entries on every visit. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!permitted) {
            return;
        }
        List<Organisation> found = notice.ask(PlatformServices.current().organisations(),
                service -> service.list(CurrentCaller.require())).orElse(List.of());
        organisation.setItems(found);
        organisationNames = OrganisationNames.byId(found);
        search();
    }

    private void period(DatePicker picker, String id, String labelKey) {
        picker.setId(id);
        picker.setLabel(getTranslation(labelKey));
        picker.setHelperText(getTranslation("audit.period.zone"));
        picker.setClearButtonVisible(true);
        DatePickerTexts.apply(picker);
    }

    private void search() {
        Organisation chosen = organisation.getValue();
        AuditFilter filter = new AuditFilter(actor.getValue(), chosen == null ? null : chosen.id(),
                objectType.getValue(), from.getValue(), to.getValue());
        Caller caller = CurrentCaller.require();
        List<AuditEvent> events = notice.ask(PlatformServices.current().auditLog(),
                log -> log.find(caller, filter.query(ROWS))).orElse(List.of());
        grid.setItems(events);
        truncated.setText(getTranslation("audit.truncated", ROWS));
        truncated.setVisible(events.size() >= ROWS);
        offerExport(events);
    }

    /**
     * The file holds exactly the rows on the page, so what an auditor checked on screen is what they file. The
     * rows are fixed now, in the language of the page; the download runs later outside the UI lock.
     */
    private void offerExport(List<AuditEvent> events) {
        List<List<String>> rows = new ArrayList<>(events.size() + 1);
        rows.add(List.of(getTranslation("audit.sequence"), getTranslation("audit.time"),
                getTranslation("audit.actor"), getTranslation("audit.organisation"), getTranslation("audit.action"),
                getTranslation("audit.object-type"), getTranslation("audit.object-id"),
                getTranslation("audit.summary")));
        for (AuditEvent event : events) {
            rows.add(List.of(Long.toString(event.sequence()), TIME.format(event.time()), event.actor(),
                    organisationName(event), event.action(), nullToEmpty(event.objectType()),
                    nullToEmpty(event.objectId()), event.summary()));
        }
        List<List<String>> file = List.copyOf(rows);
        String name = "socialdesk-audit-" + LocalDate.now(AuditFilter.ZONE) + ".csv";
        DownloadHandler csv = download -> {
            download.setFileName(name);
            download.setContentType("text/csv; charset=UTF-8");
            ExcelCsv.write(download.getOutputStream(), file);
        };
        export.setHref(csv, AttachmentType.DOWNLOAD);
        export.setEnabled(!events.isEmpty());
    }

    private String organisationName(AuditEvent event) {
        return OrganisationNames.of(event.organisationId(), organisationNames);
    }

    private String object(AuditEvent event) {
        return (nullToEmpty(event.objectType()) + " " + nullToEmpty(event.objectId())).strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
