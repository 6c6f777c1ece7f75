package org.socialdesk.shell.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.model.OverdueAccount;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "security-overdue",
        description = "Lists active accounts whose security checks are overdue, with the reasons")
@Service
public class SecurityOverdueCommand implements Action {

    @Reference
    private AccountService accounts;

    @Override
    public Object execute() {
        List<OverdueAccount> overdue = accounts.overdue(Caller.SYSTEM);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Org");
        table.column("Title");
        table.column("URL");
        table.column("Overdue");
        for (OverdueAccount o : overdue) {
            table.addRow().addContent(o.account().id(), o.account().organisationId(), o.account().title(),
                    o.account().url(), o.reasons().stream().map(OverdueReason::description)
                            .collect(Collectors.joining("; ")));
        }
        table.print(System.out);
        System.out.println(overdue.size() + " accounts with overdue security checks");
        return null;
    }
}
