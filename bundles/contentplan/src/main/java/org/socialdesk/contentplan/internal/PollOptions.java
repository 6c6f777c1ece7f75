package org.socialdesk.contentplan.internal;

import java.util.List;

/** A poll's answer options as the item keeps them: one a line. */
final class PollOptions {

    private PollOptions() {
    }

    static List<String> split(String options) {
        return options == null || options.isEmpty() ? List.of() : List.of(options.split("\n", -1));
    }

    static String join(List<String> options) {
        return String.join("\n", options);
    }
}
