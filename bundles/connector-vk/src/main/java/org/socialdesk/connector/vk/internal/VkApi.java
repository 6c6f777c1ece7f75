package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.MultipartForm;

/**
 * VK API 5.199 over HTTPS: one POST per method call, the token in the form body (never in a URL, so it appears in
 * no log of any proxy), every answer turned into its {@code response} or a typed {@link ConnectorException}, and
 * every request waiting its turn under the token's rate limit.
 */
final class VkApi {

    static final String VERSION = "5.199";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private final TokenRateLimits limits;

    /** @param baseUrl where the methods live, {@code https://api.vk.com/method} outside tests */
    VkApi(HttpClient http, String baseUrl, Duration timeout, TokenRateLimits limits) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.limits = limits;
    }

    /** The {@code response} member of VK's answer. */
    JsonNode call(String method, VkParams params, VkToken token) throws ConnectorException {
        limits.awaitTurn(token);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + method))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(params.formBody(token, VERSION)))
                .build();
        HttpResponse<String> response = send(request, method);
        JsonNode answer = parse(response, method);
        if (answer.has("error")) {
            throw VkError.of(answer.get("error")).toException(method);
        }
        if (!answer.has("response")) {
            throw new TransientFailure("VK " + method + " answered neither a response nor an error");
        }
        return answer.get("response");
    }

    /** Sends a file to an upload server VK named; its answer is whatever that server says, checked by the caller. */
    JsonNode upload(String uploadUrl, MultipartForm form, String what) throws ConnectorException {
        URI target;
        try {
            target = URI.create(uploadUrl);
        } catch (IllegalArgumentException badUrl) {
            throw new TransientFailure("VK named an unusable upload address for the " + what, badUrl);
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout.multipliedBy(4))
                .header("Content-Type", form.contentType())
                .POST(form.body())
                .build();
        JsonNode answer = parse(send(request, what + " upload"), what + " upload");
        if (answer.has("error")) {
            throw new Rejected("VK's upload server refused the " + what + ": " + answer.get("error"));
        }
        return answer;
    }

    private HttpResponse<String> send(HttpRequest request, String what) throws ConnectorException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException fault) {
            throw new TransientFailure("VK " + what + " did not answer: " + fault, fault);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting for VK " + what, interrupted);
        }
        if (response.statusCode() == 429) {
            throw new RateLimited("VK " + what + " answered HTTP 429", response.headers().firstValue("Retry-After")
                    .map(VkApi::seconds).orElse(VkError.TOO_MANY_REQUESTS_BACKOFF));
        }
        if (response.statusCode() != 200) {
            throw new TransientFailure("VK " + what + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    private static JsonNode parse(HttpResponse<String> response, String what) throws TransientFailure {
        try {
            JsonNode answer = JSON.readTree(response.body());
            if (answer == null || !answer.isObject()) {
                throw new TransientFailure("VK " + what + " answered something other than a JSON object");
            }
            return answer;
        } catch (JsonProcessingException notJson) {
            throw new TransientFailure("VK " + what + " answered something other than JSON", notJson);
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException notSeconds) {
            return VkError.TOO_MANY_REQUESTS_BACKOFF;
        }
    }
}
