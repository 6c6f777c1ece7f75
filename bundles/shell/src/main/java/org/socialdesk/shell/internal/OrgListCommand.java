package org.socialdesk.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "org-list", description = "Lists the organisations in the registry")
@Service
public class OrgListCommand implements Action {

    @Reference
    private OrganisationService organisations;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Kind");
        table.column("Short name");
        table.column("Name");
        table.column("Demo");
        // the Karaf console is reserved to Karaf administrators, who act as the system
        for (Organisation o : organisations.list(Caller.SYSTEM)) {
            table.addRow().addContent(o.id(), o.kind(), o.shortName(), o.name(), o.demo() ? "demo" : "");
        }
        table.print(System.out);
        return null;
    }
}
