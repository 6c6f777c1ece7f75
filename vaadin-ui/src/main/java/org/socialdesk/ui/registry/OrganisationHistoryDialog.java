package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationVersion;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.security.CurrentCaller;

/** Who changed what in an organisation and when, newest first, as the account history shows accounts'. */
final class OrganisationHistoryDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(Organisation.ALTAI);

    private final Map<Long, String> names;

    /** @param names short names by id, to show a parent by name rather than by its number */
    OrganisationHistoryDialog(Organisation organisation, Map<Long, String> names) {
        this.names = names;
        setId("organisation-history-dialog");
        setHeaderTitle(getTranslation("org.history.title", organisation.name()));
        setWidth("48em");

        ServiceNotice notice = new ServiceNotice("organisation-history-notice");
        Div versions = new Div();
        versions.setId("organisation-history-list");
        List<OrganisationVersion> found = notice.ask(PlatformServices.current().organisations(),
                service -> service.history(CurrentCaller.require(), organisation.id())).orElse(List.of());
        found.forEach(version -> versions.add(new H4(getTranslation("account.history.version", version.number(),
                TIME.format(version.time()), version.actor())), changes(version)));
        if (found.isEmpty() && !notice.isVisible()) {
            versions.add(new Paragraph(getTranslation("account.history.none")));
        }
        add(notice, versions);

        Button close = new Button(getTranslation("account.history.close"), event -> close());
        close.setId("organisation-history-close");
        getFooter().add(close);
    }

    private UnorderedList changes(OrganisationVersion version) {
        UnorderedList list = new UnorderedList();
        for (FieldChange change : version.changes()) {
            list.add(new ListItem(getTranslation("org.field." + change.field()) + ": "
                    + value(change.field(), change.before()) + " → " + value(change.field(), change.after())));
        }
        return list;
    }

    private String value(String field, String text) {
        if (text == null) {
            return getTranslation("account.history.empty");
        }
        return switch (field) {
            case "kind" -> getTranslation("OrganisationKind." + text);
            case "parent" -> OrganisationNames.of(Long.valueOf(text), names);
            default -> text;
        };
    }
}
