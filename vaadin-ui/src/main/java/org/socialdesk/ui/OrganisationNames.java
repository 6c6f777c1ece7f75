package org.socialdesk.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialdesk.core.model.Organisation;

/** How organisations are named where space is short: grids, lists of roles, choosers. */
public final class OrganisationNames {

    private OrganisationNames() {
    }

    /** The short name when there is one, as officials call each other's bodies by it. */
    public static String shortest(Organisation organisation) {
        String shortName = organisation.shortName();
        return shortName == null || shortName.isBlank() ? organisation.name() : shortName;
    }

    public static Map<Long, String> byId(List<Organisation> organisations) {
        return organisations.stream().filter(organisation -> organisation.id() != null)
                .collect(Collectors.toUnmodifiableMap(Organisation::id, OrganisationNames::shortest));
    }

    /** For an id that the caller cannot see or that no longer exists: the number, so it can still be traced. */
    public static String of(Long id, Map<Long, String> names) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }
}
