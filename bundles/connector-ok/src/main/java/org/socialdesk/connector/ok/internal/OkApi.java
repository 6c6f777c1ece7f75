package org.socialdesk.connector.ok.internal;

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
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.MultipartForm;
import org.socialdesk.connector.support.TokenBucket;

/**
 * OK's REST API at {@code fb.do}: one signed POST per method call, every answer turned into its JSON or a typed
 * {@link ConnectorException}, every request waiting its turn under the connector's rate limit. Nothing is retried
 * here: the core decides, from the exception's type.
 */
final class OkApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;
    private final TokenBucket limit;

    /** @param endpoint {@code https://api.ok.ru/fb.do} outside tests */
    OkApi(HttpClient http, URI endpoint, Duration timeout, TokenBucket limit) {
        this.http = http;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.limit = limit;
    }

    /** OK's answer: an object, an array or a bare value, depending on the method. */
    JsonNode call(String method, OkParams params, OkSession session) throws ConnectorException {
        awaitTurn();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(params.formBody(method, session)))
                .build();
        JsonNode answer = parse(send(request, method), method);
        if (answer.isObject() && answer.has("error_code")) {
            throw OkError.of(answer).toException(method);
        }
        return answer;
    }

    /** Sends files to an upload address OK named; it is signed by OK already and takes no session. */
    JsonNode upload(String uploadUrl, MultipartForm form) throws ConnectorException {
        URI target;
        try {
            target = URI.create(uploadUrl);
        } catch (IllegalArgumentException badUrl) {
            throw new TransientFailure("OK named an unusable photo upload address", badUrl);
        }
        awaitTurn();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout.multipliedBy(4))
                .header("Content-Type", form.contentType())
                .POST(form.body())
                .build();
        JsonNode answer = parse(send(request, "photo upload"), "photo upload");
        if (answer.has("error_code")) {
            throw new Rejected("OK's upload server refused the photos: " + OkError.of(answer).message());
        }
        return answer;
    }

    private void awaitTurn() throws TransientFailure {
        try {
            Thread.sleep(limit.reserve().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting for OK's rate limit", interrupted);
        }
    }

    private HttpResponse<String> send(HttpRequest request, String what) throws TransientFailure {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException fault) {
            throw new TransientFailure("OK " + what + " did not answer: " + fault, fault);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting for OK " + what, interrupted);
        }
        if (response.statusCode() != 200) {
            throw new TransientFailure("OK " + what + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    private static JsonNode parse(HttpResponse<String> response, String what) throws TransientFailure {
        try {
            JsonNode answer = JSON.readTree(response.body());
            if (answer == null || answer.isMissingNode()) {
                throw new TransientFailure("OK " + what + " answered an empty body");
            }
            return answer;
        } catch (JsonProcessingException notJson) {
            throw new TransientFailure("OK " + what + " answered something other than JSON", notJson);
        }
    }
}
