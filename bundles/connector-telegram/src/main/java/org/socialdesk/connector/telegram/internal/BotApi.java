package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.MultipartForm;

/**
 * The Bot API over HTTPS: {@code POST <base>/bot<token>/<method>}, parameters as JSON (or multipart/form-data when
 * files go along), every answer turned into its {@code result} or a typed {@link ConnectorException}
 * ({@link TelegramError}). The token is part of the path, as Telegram requires; no message this class makes
 * carries it.
 */
final class BotApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;

    /** @param baseUrl {@code https://api.telegram.org} outside tests */
    BotApi(HttpClient http, String baseUrl, Duration timeout) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
    }

    /** Parameters naming the chat: a numeric id as a number, an {@code @name} as text, as the API declares. */
    static ObjectNode chatParams(String chatId) {
        ObjectNode params = JSON.createObjectNode();
        return chatId.matches("-?\\d+") ? params.put("chat_id", Long.parseLong(chatId)) : params.put("chat_id", chatId);
    }

    Duration timeout() {
        return timeout;
    }

    /** The {@code result} of a call whose parameters are all JSON. */
    JsonNode call(BotToken token, String method, ObjectNode params) throws ConnectorException {
        return call(token, method, params, timeout);
    }

    /** As {@link #call(BotToken, String, ObjectNode)}, waiting longer: for getUpdates' long polling. */
    JsonNode call(BotToken token, String method, ObjectNode params, Duration wait) throws ConnectorException {
        return send(token, method, request(token, method, wait)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(params.toString(), StandardCharsets.UTF_8)).build());
    }

    /** The {@code result} of a call that uploads files. */
    JsonNode upload(BotToken token, String method, MultipartForm form) throws ConnectorException {
        return send(token, method, request(token, method, timeout.multipliedBy(4))
                .header("Content-Type", form.contentType()).POST(form.body()).build());
    }

    private HttpRequest.Builder request(BotToken token, String method, Duration wait) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token.value() + "/" + method)).timeout(wait);
    }

    private JsonNode send(BotToken token, String method, HttpRequest request) throws ConnectorException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException fault) {
            throw new TransientFailure("Telegram did not answer " + method + ": " + token.scrub(fault.toString()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting for Telegram's answer to " + method);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() == 200 && answer != null && answer.path("ok").asBoolean(false)) {
            if (!answer.has("result")) {
                throw new TransientFailure("Telegram answered " + method + " with neither a result nor an error");
            }
            return answer.get("result");
        }
        if (answer == null && response.statusCode() == 200) {
            throw new TransientFailure("Telegram answered " + method + " with something other than JSON");
        }
        throw TelegramError.of(response.statusCode(), answer).toException(method);
    }

    /** The answer as a JSON object, or {@code null} when it is none (a proxy's error page). */
    private static JsonNode parse(String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            return answer != null && answer.isObject() ? answer : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
