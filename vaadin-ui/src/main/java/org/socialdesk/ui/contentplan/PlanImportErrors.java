package org.socialdesk.ui.contentplan;

import java.util.Map;
import org.socialdesk.core.contentplan.PlanRowError;
import org.socialdesk.core.contentplan.PlanValidationException;

/**
 * The message key of a wrong row of an imported plan: a refusal the form would explain is explained the same way,
 * a mistake in a column by that column. Every key takes the service's own words as its parameter.
 */
final class PlanImportErrors {

    static final String HEADER = "plan.import.error.header";

    private static final Map<String, String> COLUMNS = Map.of(
            "planned", "plan.import.error.planned",
            "accounts", "plan.error.targets",
            "format", "plan.error.format",
            "occasion_kind", "plan.error.occasion",
            "occasion_title", "plan.error.occasion",
            "text", "plan.error.text");

    private PlanImportErrors() {
    }

    static String key(PlanRowError error) {
        String known = PlanErrors.key(new PlanValidationException(null, error.message()));
        if (!known.equals(PlanErrors.REJECTED)) {
            return known;
        }
        if (error.column() == null && error.message().contains("must name the columns")) {
            return HEADER;
        }
        return error.column() == null ? PlanErrors.REJECTED
                : COLUMNS.getOrDefault(error.column(), PlanErrors.REJECTED);
    }
}
