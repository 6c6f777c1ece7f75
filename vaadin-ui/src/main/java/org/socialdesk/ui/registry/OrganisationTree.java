package org.socialdesk.ui.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialdesk.core.model.Organisation;

/**
 * The organisations as the tree their parents make. An organisation whose parent the user cannot see is a root, so
 * that an editor still sees their own bodies; the service's order is kept among siblings.
 */
final class OrganisationTree {

    private final List<Organisation> roots = new ArrayList<>();
    private final Map<Long, List<Organisation>> children = new LinkedHashMap<>();

    OrganisationTree(List<Organisation> organisations) {
        Set<Long> ids = new HashSet<>();
        organisations.forEach(o -> ids.add(o.id()));
        for (Organisation o : organisations) {
            if (o.parentId() == null || !ids.contains(o.parentId()) || o.parentId().equals(o.id())) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), id -> new ArrayList<>()).add(o);
            }
        }
    }

    List<Organisation> roots() {
        return List.copyOf(roots);
    }

    List<Organisation> children(Organisation parent) {
        return List.copyOf(children.getOrDefault(parent.id(), List.of()));
    }

    boolean hasChildren(Organisation parent) {
        return children.containsKey(parent.id());
    }

    /** The organisation's id and those of everything under it: none of them can become its parent. */
    Set<Long> withDescendants(Long id) {
        Set<Long> found = new HashSet<>();
        List<Long> next = new ArrayList<>();
        next.add(id);
        while (!next.isEmpty()) {
            Long current = next.remove(next.size() - 1);
            if (current != null && found.add(current)) {
                children.getOrDefault(current, List.of()).forEach(child -> next.add(child.id()));
            }
        }
        return found;
    }
}
