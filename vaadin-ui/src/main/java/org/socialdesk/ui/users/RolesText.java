package org.socialdesk.ui.users;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.i18n.EnumKeys;

/** A user's roles as one line of the grid, e.g. «Редактор органа: Минздрав, Минцифры; Аудитор: все организации». */
final class RolesText {

    private RolesText() {
    }

    /**
     * @param names     short names of the organisations by id
     * @param translate the view's translation of message keys
     */
    static String of(Map<Role, Set<Long>> roles, Map<Long, String> names, Function<String, String> translate) {
        if (roles.isEmpty()) {
            return translate.apply("users.roles.none");
        }
        // in the enum's order, so that the rows of the grid compare at a glance
        return new EnumMap<>(roles).entrySet().stream()
                .map(role -> translate.apply(EnumKeys.of(role.getKey())) + ": " + scope(role.getValue(), names,
                        translate))
                .collect(Collectors.joining("; "));
    }

    private static String scope(Set<Long> organisations, Map<Long, String> names, Function<String, String> translate) {
        if (organisations.isEmpty()) {
            return translate.apply("users.all-organisations");
        }
        return organisations.stream().map(id -> OrganisationNames.of(id, names)).sorted()
                .collect(Collectors.joining(", "));
    }
}
