package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servlet passes the body to {@link Callbacks} and its answer back, and refuses what is far too large. */
class CallbackServletTest {

    private static final Community COMMUNITY = new Community(218_305_117);

    @TempDir
    Path directory;

    @Test
    void theConfirmationIsAnsweredWithTheCode() throws IOException {
        Callbacks callbacks = new Callbacks(directory);
        callbacks.learn(COMMUNITY, Optional.of(new CallbackKeys("secret", "c0de42")));

        Map<String, Object> answer = post(callbacks, "{\"type\":\"confirmation\",\"group_id\":218305117,"
                + "\"event_id\":\"e1\",\"v\":\"5.199\",\"secret\":\"secret\"}");

        assertEquals(Map.of("status", 200, "body", "c0de42"), answer);
    }

    @Test
    void aCommunityNotServedIsRefusedWithItsReason() throws IOException {
        Map<String, Object> answer = post(new Callbacks(directory), "{\"type\":\"confirmation\","
                + "\"group_id\":218305117,\"event_id\":\"e1\",\"v\":\"5.199\",\"secret\":\"secret\"}");

        assertEquals(Map.of("status", 404, "body", "no such community here"), answer);
    }

    @Test
    void aBodyFarLargerThanAnEventIsRefused() throws IOException {
        String huge = "{\"type\":\"wall_reply_new\",\"object\":{\"text\":\"" + "x".repeat(1 << 20) + "\"}}";

        assertEquals(400, post(new Callbacks(directory), huge).get("status"));
    }

    private static Map<String, Object> post(Callbacks callbacks, String body) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> answer = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                CallbackServletTest.class.getClassLoader(), new Class<?>[] { HttpServletRequest.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> new ServletInputStream() {
                        @Override
                        public int read() {
                            return in.read();
                        }

                        @Override
                        public int read(byte[] buffer, int offset, int length) {
                            return in.read(buffer, offset, length);
                        }

                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(ReadListener listener) {
                            throw new UnsupportedOperationException();
                        }
                    };
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                CallbackServletTest.class.getClassLoader(), new Class<?>[] { HttpServletResponse.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> answer.put("status", args[0]);
                    case "setContentType", "setContentLength" -> null;
                    case "getOutputStream" -> new ServletOutputStream() {
                        @Override
                        public void write(int b) {
                            out.write(b);
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(WriteListener listener) {
                            throw new UnsupportedOperationException();
                        }
                    };
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        new CallbackServlet(callbacks).doPost(request, response);
        answer.put("body", out.toString(StandardCharsets.UTF_8));
        return answer;
    }
}
