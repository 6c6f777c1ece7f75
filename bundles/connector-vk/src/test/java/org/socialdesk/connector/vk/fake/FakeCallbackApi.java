package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * VK's side of the Callback API for the fake community: the server address and secret key an administrator types on
 * the community's settings page, the confirmation handshake, and the {@code wall_reply_new} events VK POSTs there,
 * each kept and sent again until the server answers {@code ok}, as VK does. Every event sent is checked against VK's
 * callback schema.
 */
public final class FakeCallbackApi {

    /** The server's answer to one POST. */
    public record Answer(int status, String body) {

        boolean ok() {
            return status == 200 && body.equals("ok");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FakeCommunity community;
    private final Consumer<String> violations;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String confirmationCode = randomHex(4);
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private String url;
    private String secret;
    private long lastEventComment;
    private ObjectNode lastAcknowledged;

    FakeCallbackApi(FakeCommunity community, Consumer<String> violations) {
        this.community = community;
        this.violations = violations;
    }

    /** What the settings page tells the administrator the server must answer to the confirmation event. */
    public String confirmationCode() {
        return confirmationCode;
    }

    /**
     * The administrator enters the server's address and a secret key and presses «Подтвердить»: VK sends the
     * confirmation event and, when the answer is the confirmation code, sends events for comments made from then on.
     */
    public synchronized Answer addServer(String serverUrl, String secretKey) throws IOException {
        ObjectNode confirmation = event("confirmation", secretKey);
        Answer answer = post(serverUrl, confirmation);
        if (answer.status() == 200 && answer.body().equals(confirmationCode)) {
            url = serverUrl;
            secret = secretKey;
            lastEventComment = community.commentsAfter(0).stream().mapToLong(c -> c.path("id").asLong())
                    .max().orElse(0);
        }
        return answer;
    }

    /** Sends every event not yet acknowledged, oldest first, and keeps those the server did not answer {@code ok}. */
    public synchronized List<Integer> deliver() throws IOException {
        return deliverWithSecret(secret);
    }

    /** As {@link #deliver}, with another secret key than the one the settings page holds, as an impostor would. */
    public synchronized List<Integer> deliverWithSecret(String secretKey) throws IOException {
        if (url == null) {
            throw new IllegalStateException("no confirmed callback server");
        }
        for (ObjectNode comment : community.commentsAfter(lastEventComment)) {
            ObjectNode event = event("wall_reply_new", null);
            event.set("object", comment);
            pending.addLast(event);
            lastEventComment = comment.path("id").asLong();
        }
        List<Integer> statuses = new ArrayList<>();
        for (int left = pending.size(); left > 0; left--) {
            ObjectNode event = pending.removeFirst();
            ObjectNode sent = event.deepCopy();
            if (secretKey != null) {
                sent.put("secret", secretKey);
            }
            Answer answer = post(url, sent);
            statuses.add(answer.status());
            if (answer.ok()) {
                lastAcknowledged = sent;
            } else {
                pending.addLast(event);
            }
        }
        return statuses;
    }

    /** Sends the last acknowledged event once more, as VK does when it believes the answer lost. */
    public synchronized Answer repeatLast() throws IOException {
        return post(url, lastAcknowledged);
    }

    /** Events VK still holds for the server. */
    public synchronized int pending() {
        return pending.size();
    }

    private ObjectNode event(String type, String secretKey) {
        ObjectNode event = JSON.createObjectNode();
        event.put("group_id", community.groupId());
        event.put("type", type);
        event.put("event_id", randomHex(20));
        event.put("v", "5.199");
        if (secretKey != null) {
            event.put("secret", secretKey);
        }
        return event;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private Answer post(String target, ObjectNode event) throws IOException {
        check("callback/objects.json#/definitions/callback_base", event);
        if (event.has("object")) {
            check("callback/objects.json#/definitions/callback_" + event.get("type").asText(), event.get("object"));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending a callback event", interrupted);
        }
    }

    private void check(String schema, JsonNode json) {
        List<String> problems = VkJsonSchemas.problems(schema, json);
        if (!problems.isEmpty()) {
            violations.accept("callback event breaks VK's schema: " + problems + " in " + json);
        }
    }
}
