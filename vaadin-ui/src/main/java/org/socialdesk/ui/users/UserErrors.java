package org.socialdesk.ui.users;

import java.util.List;
import java.util.Map;

/**
 * The user service reports broken rules as {@link IllegalArgumentException}s with English messages; this finds
 * the message key that says the same to an administrator in their language. The fragments below are the
 * service's wording: a rule it adds or rewords falls through to {@link #REJECTED}, which still shows its text.
 */
final class UserErrors {

    /** Takes the service's own message as its parameter. */
    static final String REJECTED = "users.error.rejected";

    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("is already taken", "users.error.taken"),
            Map.entry("cannot block themselves", "users.error.block-self"),
            Map.entry("administrator role from themselves", "users.error.demote-self"),
            Map.entry("last unblocked administrator", "users.error.last-admin"),
            Map.entry("unknown user", "users.error.unknown-user"),
            Map.entry("unknown organisations", "users.error.unknown-organisation"),
            Map.entry("always covers all organisations", "users.error.admin-scope"),
            Map.entry("user name must be", "users.validation.username"),
            Map.entry("display name is required", "users.validation.display-name"),
            Map.entry("display name must be at most", "users.validation.display-name-length"),
            Map.entry("password must be at least", "users.validation.password"));

    private UserErrors() {
    }

    static String key(IllegalArgumentException error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        return KNOWN.stream().filter(known -> message.contains(known.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(REJECTED);
    }
}
