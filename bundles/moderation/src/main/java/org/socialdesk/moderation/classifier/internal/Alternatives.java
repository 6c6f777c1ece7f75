package org.socialdesk.moderation.classifier.internal;

import java.util.ArrayList;
import java.util.List;

/** Expands {@code туп(ой|ая|ые)} into тупой, тупая, тупые; several groups multiply out. */
final class Alternatives {

    private Alternatives() {
    }

    static List<String> expand(String pattern) {
        List<String> out = new ArrayList<>();
        expand(pattern, out);
        return out;
    }

    private static void expand(String pattern, List<String> out) {
        int open = pattern.indexOf('(');
        if (open < 0) {
            out.add(pattern);
            return;
        }
        int close = pattern.indexOf(')', open);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced parenthesis in " + pattern);
        }
        if (pattern.lastIndexOf('(', close) != open) {
            throw new IllegalArgumentException("nested parentheses are not supported: " + pattern);
        }
        String head = pattern.substring(0, open);
        String tail = pattern.substring(close + 1);
        for (String option : pattern.substring(open + 1, close).split("\\|", -1)) {
            expand(head + option + tail, out);
        }
    }
}
