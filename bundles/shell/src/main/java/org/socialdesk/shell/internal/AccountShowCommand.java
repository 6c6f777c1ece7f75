package org.socialdesk.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "account-show",
        description = "Shows an account with its security checklist and latest versions")
@Service
public class AccountShowCommand implements Action {

    @Reference
    private AccountService accounts;

    @Argument(index = 0, name = "id", required = true, description = "The account's id")
    private long id;

    @Option(name = "--versions", description = "How many of the latest versions to show")
    private int versions = 5;

    @Override
    public Object execute() {
        Account a = accounts.find(Caller.SYSTEM, id);
        SecurityChecklist c = accounts.checklist(Caller.SYSTEM, id);
        ShellTable fields = new ShellTable();
        fields.column("Field");
        fields.column("Value");
        row(fields, "Id", a.id());
        row(fields, "Organisation", a.organisationId());
        row(fields, "Network", a.network());
        row(fields, "URL", a.url());
        row(fields, "Network id", a.networkId());
        row(fields, "Title", a.title());
        row(fields, "State", a.state());
        row(fields, "Archive reason", a.archiveReason());
        row(fields, "Official mark", a.officialMark());
        row(fields, "Weekly quota override", a.weeklyQuotaOverride());
        row(fields, "Description", yes(a.appearance().description()));
        row(fields, "Avatar", yes(a.appearance().avatar()));
        row(fields, "Cover", yes(a.appearance().cover()));
        row(fields, "Widgets", yes(a.appearance().widgets()));
        row(fields, "Responsible editors", String.join(", ", a.responsibleEditors()));
        row(fields, "Two-factor confirmed", yes(c.twoFactorConfirmed()));
        row(fields, "Administrators", String.join(", ", c.administrators()));
        row(fields, "Administrators reviewed on", c.administratorsReviewedOn());
        row(fields, "Token stored", yes(c.tokenStored()));
        row(fields, "Token expires on", c.tokenExpiresOn());
        row(fields, "Last checked on", c.lastCheckedOn());
        fields.print(System.out);

        ShellTable history = new ShellTable();
        history.column("Version");
        history.column("Time");
        history.column("Actor");
        history.column("Field");
        history.column("Before");
        history.column("After");
        List<AccountVersion> latest = accounts.history(Caller.SYSTEM, id);
        for (AccountVersion v : latest.subList(0, Math.min(versions, latest.size()))) {
            for (FieldChange change : v.changes()) {
                history.addRow().addContent(v.number(), v.time(), v.actor(), change.field(), text(change.before()),
                        text(change.after()));
            }
        }
        history.print(System.out);
        return null;
    }

    private static void row(ShellTable table, String field, Object value) {
        table.addRow().addContent(field, value == null ? "" : value);
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
