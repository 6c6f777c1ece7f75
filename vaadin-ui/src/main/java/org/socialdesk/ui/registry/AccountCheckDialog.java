package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.registry.AccountCheckResult;
import org.socialdesk.core.registry.AccountCheckResult.Outcome;
import org.socialdesk.core.registry.AccountRight;
import org.socialdesk.core.registry.CardDifference;
import org.socialdesk.core.registry.CardDifference.CardField;
import org.socialdesk.core.registry.MissingRight;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The account's public card compared with the registry: what the network shows differently and which rights
 * publishing and moderation need are missing, or why the network could not be asked. The check runs when the dialog opens, so what it shows is never older than the dialog.
 */
final class AccountCheckDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Account account;

    AccountCheckDialog(Account account) {
        this.account = account;
        setId("account-check-dialog");
        setHeaderTitle(getTranslation("account.check.title", account.title()));
        setWidth("40em");

        ServiceNotice notice = new ServiceNotice("account-check-notice");
        add(notice);
        notice.ask(PlatformServices.current().accountCheck(),
                service -> service.check(CurrentCaller.require(), account.id())).ifPresent(this::show);

        Button close = new Button(getTranslation("account.check.close"), event -> close());
        close.setId("account-check-close");
        getFooter().add(close);
    }

    private void show(AccountCheckResult result) {
        Paragraph outcome = new Paragraph(getTranslation(outcomeKey(result.outcome()), account.network()));
        outcome.setId("account-check-outcome");
        add(outcome);
        if (result.outcome() == Outcome.NETWORK_REFUSED) {
            // the network's own words tell an expired token from a missing right or a blocked page
            add(new Paragraph(getTranslation("account.check.network-said", result.message())));
        } else if (result.outcome() == Outcome.CHECKED) {
            add(result.differences().isEmpty() ? none() : differences(result));
            if (!result.missingRights().isEmpty()) {
                missingRights(result);
            }
        }
    }

    /** Only the rights' names: the connector's English detail would be the one English line in the dialog. */
    private void missingRights(AccountCheckResult result) {
        add(new Paragraph(getTranslation("check.rights.missing")));
        UnorderedList list = new UnorderedList();
        list.setId("account-check-missing-rights");
        for (MissingRight missing : result.missingRights()) {
            list.add(new ListItem(getTranslation(rightKey(missing.right()))));
        }
        add(list);
    }

    private Paragraph none() {
        Paragraph none = new Paragraph(getTranslation("account.check.none"));
        none.setId("account-check-none");
        return none;
    }

    private Grid<CardDifference> differences(AccountCheckResult result) {
        Grid<CardDifference> grid = new Grid<>();
        grid.setId("account-check-differences");
        grid.addColumn(difference -> getTranslation(fieldKey(difference.field())))
                .setHeader(getTranslation("account.check.field"));
        grid.addColumn(difference -> value(difference.field(), difference.registryValue()))
                .setHeader(getTranslation("account.check.registry"));
        grid.addColumn(difference -> value(difference.field(), difference.networkValue()))
                .setHeader(getTranslation("account.check.network"));
        grid.setItems(result.differences());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String value(CardField field, String value) {
        if (field.textual()) {
            return value.isEmpty() ? getTranslation("account.check.empty") : value;
        }
        return getTranslation(Boolean.parseBoolean(value) ? "account.check.present" : "account.check.absent");
    }

    private static String outcomeKey(Outcome outcome) {
        return switch (outcome) {
            case CHECKED -> "account.check.checked";
            case NO_CONNECTOR -> "account.check.no-connector";
            case NO_CREDENTIALS -> "account.check.no-credentials";
            case NO_NETWORK_ID -> "account.check.no-network-id";
            case NETWORK_REFUSED -> "account.check.network-refused";
        };
    }

    static String rightKey(AccountRight right) {
        return switch (right) {
            case PUBLISH -> "check.right.publish";
            case DELETE_COMMENTS -> "check.right.delete-comments";
            case RESTRICT_USERS -> "check.right.restrict-users";
        };
    }

    /** The registry form's names for the same fields, so that both speak of them alike. */
    private static String fieldKey(CardField field) {
        return switch (field) {
            case TITLE -> "account.field.title";
            case DESCRIPTION -> "account.field.descriptionPresent";
            case AVATAR -> "account.field.avatarPresent";
            case COVER -> "account.field.coverPresent";
            case OFFICIAL_MARK -> "account.field.officialMark";
        };
    }
}
