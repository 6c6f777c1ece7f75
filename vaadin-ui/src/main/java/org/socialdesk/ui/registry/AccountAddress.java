package org.socialdesk.ui.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's rule for an account's address, checked in the form so that a mistake is shown as it is typed;
 * the account service checks it again for every caller.
 */
final class AccountAddress {

    /** Where pages of the networks a connector exists for live; free-text networks may live anywhere on https. */
    private static final Map<String, String> PREFIXES = Map.of("vk", "https://vk.com/", "ok", "https://ok.ru/",
            "telegram", "https://t.me/");

    private AccountAddress() {
    }

    /** The message key of what is wrong, with the expected prefix as its parameter, or empty when it fits. */
    static Optional<String> problem(String network, String url) {
        String address = url.strip();
        String prefix = prefix(network);
        if (prefix == null) {
            return web(address) ? Optional.empty() : Optional.of("account.validation.url-https");
        }
        String lower = address.toLowerCase(Locale.ROOT);
        boolean page = lower.startsWith(prefix) && lower.length() > prefix.length();
        return page && web(address) ? Optional.empty() : Optional.of("account.validation.url-network");
    }

    /** The address a page of the network starts with, or {@code null} for a network without a fixed host. */
    static String prefix(String network) {
        return network == null ? null : PREFIXES.get(network.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean web(String address) {
        try {
            URI uri = new URI(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
