package org.socialdesk.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "account-list", description = "Lists the accounts in the registry")
@Service
public class AccountListCommand implements Action {

    @Reference
    private AccountService accounts;

    @Option(name = "--org", description = "Only the accounts of this organisation id")
    private Long organisation;

    @Option(name = "--network", description = "Only the accounts on this network, e.g. vk")
    private String network;

    @Option(name = "--state", description = "Only accounts in this state: ACTIVE, PLANNED or ARCHIVED")
    private AccountState state;

    @Option(name = "--overdue", description = "Only active accounts with overdue security checks")
    private boolean overdue;

    @Option(name = "--limit", description = "At most this many accounts")
    private int limit = 100;

    @Override
    public Object execute() {
        // the Karaf console is reserved to Karaf administrators, who act as the system
        AccountPage page = accounts.list(Caller.SYSTEM, new AccountQuery(organisation, network, state, null,
                overdue, 0, Math.min(limit, AccountQuery.MAX_LIMIT), AccountSort.ORGANISATION, false));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Org");
        table.column("Network");
        table.column("State");
        table.column("Title");
        table.column("URL");
        for (Account a : page.accounts()) {
            table.addRow().addContent(a.id(), a.organisationId(), a.network(), a.state(), a.title(), a.url());
        }
        table.print(System.out);
        System.out.println(page.accounts().size() + " of " + page.total() + " accounts");
        return null;
    }
}
