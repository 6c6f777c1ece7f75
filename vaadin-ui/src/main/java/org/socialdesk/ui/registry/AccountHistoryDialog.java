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
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.security.CurrentCaller;

/** Who changed what in an account and when, newest first, in the time of the region that keeps the registry. */
final class AccountHistoryDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(Organisation.ALTAI);

    AccountHistoryDialog(Account account) {
        setId("account-history-dialog");
        setHeaderTitle(getTranslation("account.history.title", account.title()));
        setWidth("48em");

        ServiceNotice notice = new ServiceNotice("account-history-notice");
        Div versions = new Div();
        versions.setId("account-history-list");
        List<AccountVersion> found = notice.ask(PlatformServices.current().accounts(),
                service -> service.history(CurrentCaller.require(), account.id())).orElse(List.of());
        found.forEach(version -> versions.add(heading(version), changes(version)));
        if (found.isEmpty() && !notice.isVisible()) {
            versions.add(new Paragraph(getTranslation("account.history.none")));
        }
        add(notice, versions);

        Button close = new Button(getTranslation("account.history.close"), event -> close());
        close.setId("account-history-close");
        getFooter().add(close);
    }

    private H4 heading(AccountVersion version) {
        return new H4(getTranslation("account.history.version", version.number(), TIME.format(version.time()),
                version.actor()));
    }

    private UnorderedList changes(AccountVersion version) {
        UnorderedList list = new UnorderedList();
        for (FieldChange change : version.changes()) {
            list.add(new ListItem(getTranslation("account.field." + change.field()) + ": " + value(change.before())
                    + " → " + value(change.after())));
        }
        return list;
    }

    private String value(String text) {
        return text == null ? getTranslation("account.history.empty") : text;
    }
}
