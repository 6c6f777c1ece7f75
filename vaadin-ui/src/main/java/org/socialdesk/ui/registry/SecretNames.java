package org.socialdesk.ui.registry;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of an account's secrets: the ones its network's connector reads, offered so that nobody has to know them
 * by heart, and the rule for names typed by hand.
 */
final class SecretNames {

    /** Stricter than the vault's rule, so that names stay one spelling: no capitals, at most 64 characters. */
    static final Pattern NAME = Pattern.compile("[a-z0-9_.-]{1,64}");

    private static final Map<String, List<String>> SUGGESTED = Map.of(
            "vk", List.of("access_token", "community_token", "callback_secret", "callback_confirmation_code"),
            "telegram", List.of("bot_token"),
            "ok", List.of("application_key", "application_secret_key", "access_token"));

    private SecretNames() {
    }

    /** @param network the account's network: a connector id or a free-text name, which has no suggestions */
    static List<String> suggested(String network) {
        return SUGGESTED.getOrDefault(network, List.of());
    }

    static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
