package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A VK API server on a free loopback port that answers like api.vk.com for one community ({@link FakeCommunity}).
 *
 * <p>Every request is checked against VK's method schema ({@link VkMethods}) and refused with error 100 as VK would;
 * every answer, error answers included, is checked against VK's response schema ({@link VkJsonSchemas}). Both
 * kinds of breach are also kept in {@link #violations()}, which a test expects to stay empty.
 *
 * <p>The one liberty taken with VK's answers: they carry the {@code inner_type} members the schema requires of
 * posts and errors, which api.vk.com leaves out; the connector reads neither.
 */
public final class FakeVk implements AutoCloseable {

    /** A method call as the fake received it, without the token. */
    public record Call(String method, Map<String, String> params, String tokenKind) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long COMMUNITY_ID = 218_305_117;
    private static final int USER_LIMIT = 3;
    private static final int COMMUNITY_LIMIT = 20;
    /** Slack for arrival jitter when counting requests in one second. */
    private static final long WINDOW_NANOS = 950_000_000L;

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final FakeCommunity community;
    private final FakeCallbackApi callbackApi;
    private final String userToken = "vk1.a.user-" + UUID.randomUUID();
    private final String communityToken = "vk1.a.community-" + UUID.randomUUID();
    private final Set<String> revokedTokens = new HashSet<>();

    private final List<Call> calls = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Deque<Long>> recentRequests = new HashMap<>();
    private final Map<String, Runnable> beforeAnswering = new HashMap<>();
    private int requestsServed;
    private Integer nextError;
    private Integer nextHttpStatus;
    private String loseAnswerTo;
    private boolean enforceRateLimits;

    static {
        // without it, the JDK server's separate writes of headers and body meet delayed ACKs: 40 ms per answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeVk() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(workers);
        community = new FakeCommunity(COMMUNITY_ID, "http://127.0.0.1:" + server.getAddress().getPort() + "/upload");
        callbackApi = new FakeCallbackApi(community, this::violation);
        server.createContext("/method/", this::answerMethod);
        server.createContext("/upload/", this::answerUpload);
        server.start();
    }

    public static FakeVk start() throws IOException {
        return new FakeVk();
    }

    /** What the connector's base URL setting should be. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/method";
    }

    public FakeCommunity community() {
        return community;
    }

    /** VK's Callback API, pushing the community's events to a server the test names. */
    public FakeCallbackApi callbackApi() {
        return callbackApi;
    }

    /** A user token of the community's administrator. */
    public String userToken() {
        return userToken;
    }

    public String communityToken() {
        return communityToken;
    }

    public synchronized void revoke(String token) {
        revokedTokens.add(token);
    }

    // --- faults ---

    /** The next API call is answered with this VK error code and does nothing. */
    public synchronized void failNext(int errorCode) {
        nextError = errorCode;
    }

    /** The next API call is answered with this HTTP status, as a proxy in front of VK might. */
    public synchronized void failNextWithHttpStatus(int status) {
        nextHttpStatus = status;
    }

    /** The next call of the method is carried out, then the connection drops without an answer. */
    public synchronized void loseNextAnswerTo(String method) {
        loseAnswerTo = method;
    }

    /** Runs the action just before the fake answers the next call of the method, to change things mid-read. */
    public synchronized void beforeAnswering(String method, Runnable action) {
        beforeAnswering.put(method, action);
    }

    /** Refuses, with error 6, a token's request beyond VK's 3 a second (user) or 20 a second (community). */
    public synchronized void enforceRateLimits() {
        enforceRateLimits = true;
    }

    // --- what happened ---

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** API calls and uploads. */
    public synchronized int requestsServed() {
        return requestsServed;
    }

    /**
     * Malformed requests the fake refused, answers and callback events that broke VK's schema; empty when all was
     * well.
     */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // --- HTTP ---

    private void answerMethod(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/method/".length());
            Map<String, String> params = form(exchange);
            Integer error;
            Integer httpStatus;
            boolean lose;
            Runnable action;
            synchronized (this) {
                requestsServed++;
                error = nextError;
                httpStatus = nextHttpStatus;
                nextError = null;
                nextHttpStatus = null;
                lose = method.equals(loseAnswerTo);
                if (lose) {
                    loseAnswerTo = null;
                }
                action = beforeAnswering.remove(method);
            }
            community.tick();
            if (httpStatus != null) {
                send(exchange, httpStatus, "<html><body>" + httpStatus + "</body></html>", "text/html");
                return;
            }
            JsonNode body;
            try {
                body = JSON.createObjectNode().set("response", call(method, params, error, action));
            } catch (VkFault fault) {
                body = error(fault, method, params);
            }
            if (lose) {
                return;
            }
            String schema = VkMethodsHolder.METHODS.exists(method)
                    ? VkMethodsHolder.METHODS.responseSchema(method, "1".equals(params.get("extended"))) : null;
            if (schema != null || body.has("error")) {
                List<String> problems = VkJsonSchemas.answerProblems(schema, body);
                if (!problems.isEmpty()) {
                    violation("answer to " + method + " breaks VK's schema: " + problems + " in " + body);
                }
            }
            send(exchange, 200, body.toString(), "application/json; charset=utf-8");
        }
    }

    private JsonNode call(String method, Map<String, String> params, Integer error, Runnable action)
            throws VkFault {
        String token = params.get("access_token");
        String kind = userToken.equals(token) ? "user" : communityToken.equals(token) ? "group" : "unknown";
        Map<String, String> withoutToken = new LinkedHashMap<>(params);
        withoutToken.remove("access_token");
        synchronized (this) {
            calls.add(new Call(method, Map.copyOf(withoutToken), kind));
        }
        if (error != null) {
            throw new VkFault(error, VkErrorCodes.describe(error));
        }
        if (token == null || token.isEmpty()) {
            throw new VkFault(5, "User authorization failed: no access_token passed.");
        }
        if (kind.equals("unknown") || isRevoked(token)) {
            throw new VkFault(5, "User authorization failed: invalid access_token (4).");
        }
        if (!"5.199".equals(params.get("v"))) {
            throw new VkFault(8, "Invalid request: versions below 5.0 are no longer supported / v is required");
        }
        VkMethods methods = VkMethodsHolder.METHODS;
        if (!methods.exists(method)) {
            throw new VkFault(3, "Unknown method passed");
        }
        if (!methods.tokenTypes(method).contains(kind)) {
            throw kind.equals("group") ? new VkFault(27, "Group authorization failed: method is unavailable with "
                    + "group auth.") : new VkFault(15, "Access denied: method is unavailable with user auth");
        }
        if (overRateLimit(token, kind)) {
            throw new VkFault(6, "Too many requests per second");
        }
        List<String> problems = methods.problems(method, params);
        if (!problems.isEmpty()) {
            violation("request " + method + " refused: " + problems);
            throw new VkFault(100, "One of the parameters specified was missing or invalid: " + problems.get(0));
        }
        if (action != null) {
            action.run();
        }
        return community.answer(method, params);
    }

    private synchronized boolean isRevoked(String token) {
        return revokedTokens.contains(token);
    }

    private synchronized boolean overRateLimit(String token, String kind) {
        if (!enforceRateLimits) {
            return false;
        }
        long now = System.nanoTime();
        Deque<Long> recent = recentRequests.computeIfAbsent(token, key -> new ArrayDeque<>());
        while (!recent.isEmpty() && now - recent.peekFirst() > WINDOW_NANOS) {
            recent.removeFirst();
        }
        if (recent.size() >= (kind.equals("user") ? USER_LIMIT : COMMUNITY_LIMIT)) {
            return true;
        }
        recent.addLast(now);
        return false;
    }

    private JsonNode error(VkFault fault, String method, Map<String, String> params) {
        if (!VkErrorCodes.exists(fault.code)) {
            violation("error code " + fault.code + " is not one of VK's");
        }
        ObjectNode error = JSON.createObjectNode();
        error.put("inner_type", "base_error");
        error.put("error_code", fault.code);
        error.put("error_msg", fault.getMessage());
        ArrayNode echoed = error.putArray("request_params");
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("method", method);
        shown.put("oauth", "1");
        params.forEach((name, value) -> {
            if (!name.equals("access_token")) {
                shown.put(name, value);
            }
        });
        shown.forEach((name, value) -> echoed.addObject().put("key", name).put("value", value));
        if (fault.code == 14) {
            error.put("captcha_sid", "548172990431");
            error.put("captcha_img", "https://api.vk.com/captcha.php?sid=548172990431&s=1");
        }
        return JSON.createObjectNode().set("error", error);
    }

    private void answerUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            synchronized (this) {
                requestsServed++;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            FakeCommunity.Upload upload = MultipartUpload.read(exchange.getRequestHeaders().getFirst("Content-Type"),
                    body).orElse(new FakeCommunity.Upload("", "", "", 0));
            String path = exchange.getRequestURI().getPath();
            String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
            JsonNode answer = path.endsWith("/photo") ? community.uploadPhoto(upload)
                    : community.uploadVideo(Long.parseLong(query.replaceFirst("^vid=", "")), upload);
            send(exchange, 200, answer.toString(), "application/json");
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String source : new String[] {query, body}) {
                if (source == null || source.isEmpty()) {
                    continue;
                }
                for (String pair : source.split("&")) {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    String value = equals < 0 ? "" : pair.substring(equals + 1);
                    params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                            URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private synchronized void violation(String violation) {
        violations.add(violation);
    }

    /** Read once per test run: the method files are large. */
    private static final class VkMethodsHolder {
        static final VkMethods METHODS = new VkMethods();
    }
}
