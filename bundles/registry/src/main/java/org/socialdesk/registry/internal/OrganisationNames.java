package org.socialdesk.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialdesk.persistence.entity.OrganisationEntity;

/** Finds an organisation by the name or short name a person typed into a file, ignoring case and outer blanks. */
final class OrganisationNames {

    /** {@code null} marks a name two organisations share. */
    private final Map<String, Long> ids = new HashMap<>();

    OrganisationNames(List<OrganisationEntity> organisations) {
        for (OrganisationEntity o : organisations) {
            add(o.getName(), o.getId());
            if (o.getShortName() != null && !o.getShortName().equalsIgnoreCase(o.getName())) {
                add(o.getShortName(), o.getId());
            }
        }
    }

    /** Why the name names no single organisation, or empty when it does. */
    Optional<String> problem(String name) {
        String key = key(name);
        if (!ids.containsKey(key)) {
            return Optional.of("No organisation named \"" + name + "\" exists");
        }
        return ids.get(key) == null ? Optional.of("Several organisations are named \"" + name
                + "\"; give the organisation_id instead") : Optional.empty();
    }

    Long id(String name) {
        return ids.get(key(name));
    }

    private void add(String name, long id) {
        String key = key(name);
        ids.put(key, ids.containsKey(key) && !Long.valueOf(id).equals(ids.get(key)) ? null : id);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
