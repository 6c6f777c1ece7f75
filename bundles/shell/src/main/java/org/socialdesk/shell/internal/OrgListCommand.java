package org.socialdesk.shell.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "org-list",
        description = "Lists the organisations in the registry as a tree, each under its parent")
@Service
public class OrgListCommand implements Action {

    private static final String INDENT = "  ";

    @Reference
    private OrganisationService organisations;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Kind");
        table.column("Short name");
        table.column("Name");
        table.column("Persons");
        table.column("Demo");
        // the Karaf console is reserved to Karaf administrators, who act as the system
        for (Map.Entry<Organisation, Integer> row : tree(organisations.list(Caller.SYSTEM)).entrySet()) {
            Organisation o = row.getKey();
            table.addRow().addContent(o.id(), o.kind(), o.shortName(), INDENT.repeat(row.getValue()) + o.name(),
                    o.responsiblePersons().size(), o.demo() ? "demo" : "");
        }
        table.print(System.out);
        return null;
    }

    /**
     * The organisations depth first, each with its depth, in the service's order among siblings. One whose parent
     * is not listed is a root, so that nothing disappears from the listing.
     */
    static Map<Organisation, Integer> tree(List<Organisation> all) {
        Set<Long> ids = new HashSet<>();
        all.forEach(o -> ids.add(o.id()));
        Map<Long, List<Organisation>> children = new LinkedHashMap<>();
        List<Organisation> roots = new ArrayList<>();
        for (Organisation o : all) {
            if (o.parentId() == null || !ids.contains(o.parentId())) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), id -> new ArrayList<>()).add(o);
            }
        }
        Map<Organisation, Integer> ordered = new LinkedHashMap<>();
        roots.forEach(root -> visit(root, 0, children, ordered));
        // parents that form a loop have no root above them; they are listed at the top rather than hidden
        all.forEach(o -> visit(o, 0, children, ordered));
        return ordered;
    }

    private static void visit(Organisation o, int depth, Map<Long, List<Organisation>> children,
            Map<Organisation, Integer> ordered) {
        if (ordered.putIfAbsent(o, depth) != null) {
            return;
        }
        children.getOrDefault(o.id(), List.of()).forEach(child -> visit(child, depth + 1, children, ordered));
    }
}
