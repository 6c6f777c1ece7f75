package org.socialdesk.connector.ok.fake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OK error codes the fake answers with, by OK's published names. OK_API_NOTES.md found no official table; these
 * are as two independent third-party OK clients list them (see src/test/resources/ok-api/PROVENANCE.txt).
 */
final class OkErrorCodes {

    static final int METHOD = 3;
    static final int FLOOD_BLOCKED = 8;
    static final int PARAM = 100;
    static final int PARAM_API_KEY = 101;
    static final int PARAM_SESSION_EXPIRED = 102;
    static final int PARAM_SESSION_KEY = 103;
    static final int PARAM_SIGNATURE = 104;
    static final int PARAM_PHOTO_ID = 121;
    static final int PARAM_GROUP_ID = 160;
    static final int NOT_FOUND = 300;
    static final int AUTH_LOGIN_WEB_HUMAN_CHECK = 403;
    static final int MEDIA_TOPIC_TEXT_LIMIT = 601;
    static final int MEDIA_TOPIC_LINK_BAD_FORMAT = 607;

    private OkErrorCodes() {
    }

    /** An error the fake answers instead of a result. */
    static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        private final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }

        /** OK's error body: {@code {"error_code": N, "error_msg": "...", "error_data": null}}. */
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error_code", code);
            body.put("error_msg", getMessage());
            body.put("error_data", null);
            return body;
        }
    }
}
