package org.socialdesk.ui.moderation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.moderation.ActionOutcome;

/**
 * What the networks answered to one action on several comments, counted, and each answer's sentence. A network's
 * own message goes into the sentence as it came: it is the only account of what the network did.
 */
final class Outcomes {

    private final Map<ActionOutcome.Result, Integer> counts = new EnumMap<>(ActionOutcome.Result.class);

    Outcomes(List<ActionOutcome> outcomes) {
        for (ActionOutcome.Result result : ActionOutcome.Result.values()) {
            counts.put(result, 0);
        }
        outcomes.forEach(outcome -> counts.merge(outcome.result(), 1, Integer::sum));
    }

    int count(ActionOutcome.Result result) {
        return counts.get(result);
    }

    /** Whether a short confirmation says it all, with nothing for a person to follow up. */
    boolean allDone() {
        return count(ActionOutcome.Result.MANUAL_TASK) == 0 && count(ActionOutcome.Result.FAILED) == 0;
    }

    /** The message key of one outcome; it takes the network's message as its parameter. */
    static String key(ActionOutcome.Result result) {
        return switch (result) {
            case DONE -> "moderation.outcome.done";
            case MANUAL_TASK -> "moderation.outcome.manual";
            case FAILED -> "moderation.outcome.failed";
        };
    }

    /** The network's message, or a dash when it said nothing. */
    static String message(ActionOutcome outcome) {
        return outcome.message() == null || outcome.message().isBlank() ? "—" : outcome.message().strip();
    }
}
