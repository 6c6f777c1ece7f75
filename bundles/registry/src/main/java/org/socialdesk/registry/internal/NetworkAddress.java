package org.socialdesk.registry.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The page addresses each network gives its accounts, so that a URL cannot point to another network. */
final class NetworkAddress {

    /** Hosts of the networks a connector exists for; free-text networks may live anywhere on https. */
    private static final Map<String, String> HOSTS = Map.of("vk", "vk.com", "ok", "ok.ru", "telegram", "t.me");

    private NetworkAddress() {
    }

    /** Why the URL does not fit the network, or empty when it does. */
    static Optional<String> problem(String network, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("URL is not a valid address: " + url);
        }
        String host = HOSTS.get(network.strip().toLowerCase(Locale.ROOT));
        boolean https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        if (host == null) {
            return https ? Optional.empty() : Optional.of("URL must start with https://");
        }
        boolean page = uri.getPath() != null && uri.getPath().length() > 1;
        if (!https || !host.equalsIgnoreCase(uri.getHost()) || !page) {
            return Optional.of("URL of a " + network + " account must look like https://" + host + "/name");
        }
        return Optional.empty();
    }

    /** Connector ids in the lower case connectors use; a free-text network keeps the spelling it was given. */
    static String canonical(String network) {
        String id = network.toLowerCase(Locale.ROOT);
        return HOSTS.containsKey(id) ? id : network;
    }

    /** The form under which two URLs are the same page: case and a trailing slash do not matter. */
    static String key(String url) {
        String key = url.strip().toLowerCase(Locale.ROOT);
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }
}
