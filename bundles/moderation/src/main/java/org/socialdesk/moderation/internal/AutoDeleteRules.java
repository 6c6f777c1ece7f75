package org.socialdesk.moderation.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.moderation.CommentCategory;

/**
 * Which freshly read comments the system deletes without waiting for a moderator (off unless configured). A
 * possible violation of the law and a clean comment are never deleted automatically, whatever the configuration.
 */
final class AutoDeleteRules {

    private static final Logger LOG = LoggerFactory.getLogger(AutoDeleteRules.class);

    /** @param organisationId {@code null} for every organisation */
    record Rule(Long organisationId, CommentCategory category, double minConfidence) {
    }

    private final List<Rule> rules;

    AutoDeleteRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static AutoDeleteRules none() {
        return new AutoDeleteRules(List.of());
    }

    /** Parses {@code ORGANISATION:CATEGORY:MIN_CONFIDENCE} lines; a rule it cannot take is logged and left out. */
    static AutoDeleteRules parse(String[] lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines) {
            String[] parts = line.strip().split(":");
            try {
                if (parts.length != 3) {
                    throw new IllegalArgumentException("expected ORGANISATION:CATEGORY:MIN_CONFIDENCE");
                }
                CommentCategory category = CommentCategory.valueOf(parts[1].strip());
                if (category == CommentCategory.POSSIBLY_ILLEGAL || category == CommentCategory.CLEAN) {
                    throw new IllegalArgumentException(category + " is never deleted automatically");
                }
                double min = Double.parseDouble(parts[2].strip());
                if (!(min > 0 && min <= 1)) {
                    throw new IllegalArgumentException("the confidence must be in (0, 1]");
                }
                Long organisation = parts[0].strip().equals("*") ? null : Long.valueOf(parts[0].strip());
                rules.add(new Rule(organisation, category, min));
            } catch (IllegalArgumentException e) {
                LOG.error("Ignoring the automatic deletion rule '{}': {}", line, e.getMessage());
            }
        }
        return new AutoDeleteRules(rules);
    }

    boolean deletes(long organisationId, CommentCategory category, double confidence) {
        return rules.stream().anyMatch(rule -> (rule.organisationId() == null
                || rule.organisationId() == organisationId) && rule.category() == category
                && confidence >= rule.minConfidence());
    }
}
