package org.socialdesk.connector.vk.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The parameters of one VK method call, written as VK reads them: flags as 0/1, lists comma-separated. */
final class VkParams {

    private final Map<String, String> values = new LinkedHashMap<>();

    VkParams with(String name, String value) {
        values.put(name, value);
        return this;
    }

    VkParams with(String name, long value) {
        return with(name, Long.toString(value));
    }

    VkParams flag(String name, boolean value) {
        return with(name, value ? "1" : "0");
    }

    /** Leaves an empty list out, as VK expects for optional lists. */
    VkParams list(String name, List<String> items) {
        return items.isEmpty() ? this : with(name, String.join(",", items));
    }

    /** The form body, with the token and API version every call carries. */
    String formBody(VkToken token, String version) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("access_token", token.value());
        all.put("v", version);
        return all.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Names only: the values may be people's texts. */
    @Override
    public String toString() {
        return values.keySet().toString();
    }
}
