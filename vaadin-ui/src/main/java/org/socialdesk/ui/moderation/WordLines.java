package org.socialdesk.ui.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * A word list as a person types it in a text area: one entry a line. Empty lines at the end are what pressing
 * Enter once too often leaves, not entries; an empty line between entries is kept, so that the service names it.
 */
final class WordLines {

    private WordLines() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>(List.of((text == null ? "" : text).split("\\R", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static String text(List<String> entries) {
        return String.join("\n", entries);
    }
}
