package org.socialdesk.shell.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;

@Command(scope = "socialdesk", name = "connectors", description = "Lists the installed network connectors and their capabilities")
@Service
public class ConnectorsCommand implements Action {

    @Reference
    private ConnectorRegistry registry;

    @Override
    public Object execute() {
        List<ConnectorDescription> installed = registry.installed();
        if (installed.isEmpty()) {
            System.out.println("No connectors installed.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Formats");
        table.column("Moderation");
        table.column("Native scheduling");
        table.column("Text limit");
        for (ConnectorDescription c : installed) {
            table.addRow().addContent(c.id(), c.displayName(), join(c.formats()), join(c.actions()),
                    c.nativeScheduling() ? "yes" : "no", c.limits().textLength());
        }
        table.print(System.out);
        return null;
    }

    private static String join(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
