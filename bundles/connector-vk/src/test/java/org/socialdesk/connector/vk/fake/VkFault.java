package org.socialdesk.connector.vk.fake;

/** A VK API error the fake answers with, as {@code {"error": {"error_code": code, "error_msg": message, …}}}. */
final class VkFault extends Exception {

    private static final long serialVersionUID = 1L;

    final int code;

    VkFault(int code, String message) {
        super(message);
        this.code = code;
    }
}
