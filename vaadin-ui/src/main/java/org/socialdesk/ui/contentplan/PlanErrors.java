package org.socialdesk.ui.contentplan;

import java.util.List;
import java.util.Map;
import org.socialdesk.core.contentplan.PlanValidationException;

/**
 * The content plan service explains a refusal in English and names the field at fault; this finds the message
 * key that says it in the user's language. Known refusals are recognised by the service's wording; others get
 * a sentence naming their field, with the service's words, so a rule it adds or rewords is still explained.
 */
final class PlanErrors {

    /** Takes the service's own message as its parameter. */
    static final String REJECTED = "plan.error.rejected";
    static final String STALE = "plan.error.stale";

    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("was changed by someone", STALE),
            Map.entry("needs a remark", "plan.error.remark-missing"),
            Map.entry("withdrawal needs a reason", "plan.error.reason-missing"),
            Map.entry("is being published", "plan.error.publishing"),
            Map.entry("does not exist", "plan.error.gone"),
            Map.entry("needs a planned time", "plan.validation.planned-at"),
            Map.entry("needs at least one account", "plan.validation.targets"),
            Map.entry("is archived", "plan.error.archived"),
            Map.entry("text is required", "plan.error.text-missing"),
            Map.entry("needs a media file", "plan.error.media-missing"),
            Map.entry("attached twice", "plan.error.attached-twice"),
            Map.entry("poll needs a question", "plan.validation.poll-question"),
            Map.entry("at least two options", "plan.validation.poll-options"),
            Map.entry("media file is empty", "plan.error.file-empty"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("occasion", "plan.error.occasion"),
            Map.entry("targets", "plan.error.targets"),
            Map.entry("plannedAt", "plan.error.planned-at"),
            Map.entry("format", "plan.error.format"),
            Map.entry("text", "plan.error.text"),
            Map.entry("attachments", "plan.error.attachments"),
            Map.entry("poll", "plan.error.poll"),
            Map.entry("responsibleEditor", "plan.error.responsible-editor"),
            Map.entry("remark", "plan.error.remark"),
            Map.entry("state", "plan.error.state"),
            Map.entry("version", STALE));

    private PlanErrors() {
    }

    /** The key of a message; those of fields take the service's own words as their parameter. */
    static String key(PlanValidationException error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        return KNOWN.stream().filter(known -> message.contains(known.getKey())).map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> error.field() == null ? REJECTED : FIELDS.getOrDefault(error.field(), REJECTED));
    }
}
