package org.socialdesk.ui.registry;

import java.util.List;
import java.util.Map;
import org.socialdesk.core.registry.RegistryValidationException;

/**
 * The account service explains a rejected record in English; this finds the message key that says the same in
 * the user's language. The fragments are the service's wording: a rule it adds or rewords falls through to
 * {@link #REJECTED}, which still shows its text.
 */
final class RegistryErrors {

    /** Takes the service's own message as its parameter. */
    static final String REJECTED = "account.error.rejected";

    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("already has this URL", "account.error.duplicate-url"),
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
