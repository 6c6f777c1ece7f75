package org.socialdesk.connector.telegram.internal;

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
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.telegram.fake.FakeTelegram;

/** The servlet passes the bot id from the path, the secret header and the body to the receiver, and its answer back. */
class WebhookServletTest {

    private static final String BOT = String.valueOf(FakeTelegram.BOT_ID);

    @TempDir
    Path directory;

    private FakeTelegram telegram;
    private Webhooks webhooks;
    private String secret;

    @BeforeEach
    void setWebhook() throws IOException, ConnectorException {
        telegram = FakeTelegram.start();
        webhooks = new Webhooks("https://socialdesk.example.gov/", directory);
        webhooks.ensureSet(new BotApi(HttpClient.newHttpClient(), telegram.baseUrl(), Duration.ofSeconds(5)),
                new BotToken(telegram.token()));
        secret = telegram.calls("setWebhook").get(0).params().get("secret_token").asText();
    }

    @AfterEach
    void close() {
        telegram.close();
    }

    @Test
    void anUpdateWithTheSecretIsStored() throws IOException {
        Map<String, Object> answer = post("/" + BOT, secret, "{\"update_id\":5,\"message\":{}}");
        assertEquals(200, answer.get("status"));
        assertEquals(1, webhooks.inbox(BOT).from(0, 10, Duration.ZERO).size());
    }

    @Test
    void aWrongSecretIsRefusedWithItsReason() throws IOException {
        Map<String, Object> answer = post("/" + BOT, "guess", "{\"update_id\":5}");
        assertEquals(401, answer.get("status"));
        assertEquals("wrong or missing secret token", answer.get("body"));
        assertEquals(0, webhooks.inbox(BOT).from(0, 10, Duration.ZERO).size());
    }

    @Test
    void aBodyFarLargerThanAnUpdateIsRefused() throws IOException {
        String huge = "{\"update_id\":5,\"message\":{\"text\":\"" + "x".repeat(1 << 20) + "\"}}";
        assertEquals(400, post("/" + BOT, secret, huge).get("status"));
    }

    private Map<String, Object> post(String pathInfo, String secretHeader, String body)
            throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> answer = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                WebhookServletTest.class.getClassLoader(), new Class<?>[] { HttpServletRequest.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "getHeader" -> WebhookReceiver.SECRET_HEADER.equals(args[0]) ? secretHeader : null;
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
                WebhookServletTest.class.getClassLoader(), new Class<?>[] { HttpServletResponse.class },
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
        new WebhookServlet(new WebhookReceiver(webhooks)).doPost(request, response);
        answer.put("body", out.toString(StandardCharsets.UTF_8));
        return answer;
    }
}
