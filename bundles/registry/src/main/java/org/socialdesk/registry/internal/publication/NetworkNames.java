package org.socialdesk.registry.internal.publication;

import java.util.Map;

/** How a visitor of an official website knows each network; a network without a connector keeps its own name. */
final class NetworkNames {

    private static final Map<String, String> RUSSIAN = Map.of(
            "vk", "ВКонтакте",
            "ok", "Одноклассники",
            "telegram", "Telegram");

    private NetworkNames() {
    }

    static String russian(String network) {
        return RUSSIAN.getOrDefault(network, network);
    }
}
