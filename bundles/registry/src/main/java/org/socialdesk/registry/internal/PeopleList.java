package org.socialdesk.registry.internal;

import java.util.Arrays;
import java.util.List;

/** Lists of people as the registry's columns keep them: one name a line, so that names may contain commas. */
final class PeopleList {

    private PeopleList() {
    }

    static String join(List<String> names) {
        return names.isEmpty() ? null : String.join("\n", names);
    }

    static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
