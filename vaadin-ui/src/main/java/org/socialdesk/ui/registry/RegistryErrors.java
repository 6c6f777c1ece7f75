package org.socialdesk.ui.registry;

import java.util.List;
import java.util.Map;
import org.socialdesk.core.registry.RegistryValidationException;

/**
 * The registry's services explain a rejected record or import row in English; this finds the message key that
 * says the same in the user's language. The fragments are the service's wording: a rule it adds or rewords falls
 * through to {@link #REJECTED}, which still shows its text.
 */
final class RegistryErrors {

    /** Takes the service's own message as its parameter. */
    static final String REJECTED = "account.error.rejected";

    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("already has this URL", "account.error.duplicate-url"),
            Map.entry("already on line", "import.error.duplicate-in-file"),
            Map.entry("has no column", "import.error.column"),
            Map.entry("may not change the accounts", "import.error.rights"),
            Map.entry("No organisation named", "import.error.organisation-name"),
            Map.entry("Several organisations are named", "import.error.organisation-ambiguous"),
            Map.entry("is not one of", "import.error.value"),
            Map.entry("must be a whole number", "import.error.number"),
            Map.entry("cannot be archived", "import.error.archived"),
            Map.entry("Phone number must", "org.error.phone"),
            Map.entry("E-mail must", "org.error.email"),
            Map.entry("Website must", "org.validation.website"),
            Map.entry("placed under itself", "org.error.parent-loop"),
            Map.entry("Responsible person's name is required", "org.error.person-name"),
            Map.entry("must look like", "account.error.url-network"),
            Map.entry("must start with https", "account.validation.url-https"),
            Map.entry("not a valid address", "account.error.url-invalid"),
            Map.entry("does not exist", "account.error.unknown-organisation"),
            Map.entry("Weekly quota must be", "account.validation.quota"),
            Map.entry("characters are allowed", "account.error.too-long"),
            Map.entry("line break", "account.error.line-break"),
            Map.entry("reason is required", "account.validation.reason"),
            Map.entry("is required", "account.error.required"),
            Map.entry("archived", "account.error.archived"));

    private RegistryErrors() {
    }

    static String key(RegistryValidationException error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        return KNOWN.stream().filter(known -> message.contains(known.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(REJECTED);
    }
}
