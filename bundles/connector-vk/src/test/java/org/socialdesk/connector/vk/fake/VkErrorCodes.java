package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** VK's error codes from {@code errors.json}, with VK's description of each. */
final class VkErrorCodes {

    private static final Map<Integer, String> DESCRIPTIONS = new HashMap<>();

    static {
        for (JsonNode error : VkSchemaFiles.read("errors.json").path("errors")) {
            DESCRIPTIONS.putIfAbsent(error.path("code").asInt(), error.path("description").asText());
        }
    }

    private VkErrorCodes() {
    }

    static boolean exists(int code) {
        return DESCRIPTIONS.containsKey(code);
    }

    static String describe(int code) {
        return DESCRIPTIONS.getOrDefault(code, "Unknown error");
    }
}
