package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.testkit.ServletPost;

/** The servlet passes the body to {@link Callbacks} and its answer back, and refuses what is far too large. */
class CallbackServletTest {

    private static final Community COMMUNITY = new Community(218_305_117);

    @TempDir
    Path directory;

    @Test
    void theConfirmationIsAnsweredWithTheCode() throws IOException {
        Callbacks callbacks = new Callbacks(directory);
        callbacks.learn(COMMUNITY, Optional.of(new CallbackKeys("secret", "c0de42")));

        ServletPost.Answer answer = post(callbacks, "{\"type\":\"confirmation\",\"group_id\":218305117,"
                + "\"event_id\":\"e1\",\"v\":\"5.199\",\"secret\":\"secret\"}");

        assertEquals(new ServletPost.Answer(200, "c0de42"), answer);
    }

    @Test
    void aCommunityNotServedIsRefusedWithItsReason() throws IOException {
        ServletPost.Answer answer = post(new Callbacks(directory), "{\"type\":\"confirmation\","
                + "\"group_id\":218305117,\"event_id\":\"e1\",\"v\":\"5.199\",\"secret\":\"secret\"}");

        assertEquals(new ServletPost.Answer(404, "no such community here"), answer);
    }

    @Test
    void aBodyFarLargerThanAnEventIsRefused() throws IOException {
        String huge = "{\"type\":\"wall_reply_new\",\"object\":{\"text\":\"" + "x".repeat(1 << 20) + "\"}}";

        assertEquals(400, post(new Callbacks(directory), huge).status());
    }

    private static ServletPost.Answer post(Callbacks callbacks, String body) throws IOException {
        return ServletPost.post(new CallbackServlet(callbacks), null, Map.of(), body);
    }
}
