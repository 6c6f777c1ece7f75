package org.socialdesk.contentplan.style;

import java.util.Objects;

/**
 * One piece of advice about a draft.
 *
 * @param ruleId     stable id of the rule (the first column of a rule file, or a built-in heuristic id)
 * @param severity   how strongly the linter advises
 * @param start      first char index of the highlighted span in {@link Draft#text()}
 * @param end        index after the span; {@code start == end} when the finding is not about the text
 *                   (an image without alt text)
 * @param message    why this is a problem, in Russian, for the editor
 * @param suggestion what to write instead, in Russian; empty when there is nothing concrete to offer
 */
public record StyleFinding(String ruleId, Severity severity, int start, int end, String message, String suggestion) {

    public StyleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
