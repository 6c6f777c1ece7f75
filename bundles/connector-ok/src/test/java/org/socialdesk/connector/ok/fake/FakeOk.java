package org.socialdesk.connector.ok.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialdesk.connector.testkit.NetworkFault;

/**
 * A fake OK REST API on a loopback port, holding one group. It checks every {@code fb.do} request as OK does —
 * application key, token, the signature recomputed by the scheme of OK_API_NOTES.md, the method and its required
 * parameters — and answers with bodies shaped as in the notes, errors included ({@code error_code}, {@code error_msg}
 * as listed in {@link OkErrorCodes}).
 */
public final class FakeOk implements AutoCloseable {

    public static final String APPLICATION_KEY = "CFAKEABCDEFGHIJKL";
    public static final String APPLICATION_SECRET_KEY = "FAKE0123456789ABCDEF0123";
    public static final String GROUP_ID = "55348644610059";
    public static final String GROUP_NAME = "Пресс-служба Правительства области";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PART = Pattern.compile("name=\"(pic[0-9]+)\"; filename=\"[^\"]*\"");

    private final HttpServer server;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, String> photoTokens = new LinkedHashMap<>();
    private final List<String> reservedPhotoIds = new ArrayList<>();
    private String accessToken = "fake-token-" + UUID.randomUUID();
    private boolean sessionExpired;
    private int commentsPerRequest = 100;
    private int requestsServed;
    private NetworkFault nextFault;
    private boolean loseNextPostAnswer;
    private long lastMillis;
    private long nextTopicId = 70_102_413_183_763L;

    private FakeOk(HttpServer server) {
        this.server = server;
    }

    public static FakeOk start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeOk ok = new FakeOk(server);
        server.createContext("/fb.do", ok::serveMethod);
        server.createContext("/upload", ok::serveUpload);
        server.start();
        return ok;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fb.do";
    }

    public synchronized String accessToken() {
        return accessToken;
    }

    /** OK ends the session: the token is answered with PARAM_SESSION_EXPIRED from now on. */
    public synchronized void expireSession() {
        sessionExpired = true;
    }

    /** The most comments one {@code discussions.getComments} answer holds, so that a few comments already page. */
    public synchronized void limitCommentPages(int comments) {
        commentsPerRequest = comments;
    }

    public synchronized String addTopic(String text) {
        ObjectNode attachment = JSON.createObjectNode();
        attachment.putArray("media").addObject().put("type", "text").put("text", text);
        return newTopic(attachment.path("media"));
    }

    public synchronized String addComment(String topicId, String text, String replyTo) {
        Topic topic = topics.get(topicId);
        String authorId = String.valueOf(500_000_000_000L + topic.comments.size() * 7L + topics.size());
        String commentId = "MTc" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode comment = JSON.createObjectNode().put("id", commentId).put("text", text)
                .put("author_id", authorId).put("author_name", "Житель " + authorId);
        long at = tick();
        comment.put("date_ms", at).put("date", java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(at),
                java.time.ZoneId.of("Europe/Moscow")).format(java.time.format.DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm:ss")));
        if (replyTo != null) {
            comment.put("reply_to_comment_id", replyTo);
        }
        topic.comments.add(comment);
        return commentId;
    }

    public synchronized Optional<Topic> topic(String topicId) {
        return Optional.ofNullable(topics.get(topicId));
    }

    public synchronized List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public synchronized void failNextRequest(NetworkFault fault) {
        nextFault = fault;
    }

    public synchronized void loseNextPostAnswer() {
        loseNextPostAnswer = true;
    }

    public synchronized int requestsServed() {
        return requestsServed;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A topic as the fake holds it. */
    public record Topic(String id, long createdMillis, JsonNode media, List<ObjectNode> comments) {

        public String text() {
            StringBuilder text = new StringBuilder();
            media.forEach(block -> text.append(block.path("type").asText().equals("text")
                    ? block.path("text").asText() : ""));
            return text.toString();
        }

        /** Photos one by one, polls and links: what the reader sees under the text. */
        public int attachments() {
            int count = 0;
            for (JsonNode block : media) {
                count += switch (block.path("type").asText()) {
                    case "photo" -> block.path("list").size();
                    case "poll", "link" -> 1;
                    default -> 0;
                };
            }
            return count;
        }

        ObjectNode json() {
            ObjectNode json = JSON.createObjectNode().put("id", id).put("created_ms", createdMillis)
                    .put("author_ref", "group:" + GROUP_ID).put("owner_ref", "group:" + GROUP_ID);
            json.set("media", media);
            return json;
        }
    }

    // --- fb.do ------------------------------------------------------------------------------------------------

    private synchronized void serveMethod(HttpExchange exchange) throws IOException {
        requestsServed++;
        if (answeredFault(exchange)) {
            return;
        }
        Map<String, String> params = params(exchange);
        String method = params.getOrDefault("method", "");
        Object answer;
        try {
            checkSigned(params);
            answer = switch (method) {
                case "group.getInfo" -> groupInfo(params);
                case "mediatopic.post" -> post(params);
                case "mediatopic.getByIds" -> topicsById(params);
                case "mediatopic.getTopics" -> newestTopics(params);
                case "discussions.getComments" -> comments(params);
                case "photosV2.getUploadUrl" -> uploadUrl(params);
                default -> throw new OkErrorCodes.Failure(OkErrorCodes.METHOD, "Method " + method + " not found");
            };
        } catch (OkErrorCodes.Failure failure) {
            answer = failure.body();
        }
        if (method.equals("mediatopic.post") && loseNextPostAnswer && answer instanceof String) {
            loseNextPostAnswer = false;
            exchange.close();
            return;
        }
        respond(exchange, 200, JSON.writeValueAsString(answer));
    }

    private void checkSigned(Map<String, String> params) throws OkErrorCodes.Failure {
        if (!APPLICATION_KEY.equals(params.get("application_key"))) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM_API_KEY, "Application key is not specified or invalid");
        }
        if (!"json".equals(params.get("format"))) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "format must be json in this fake");
        }
        String token = params.get("access_token");
        if (!accessToken.equals(token)) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM_SESSION_KEY, "Invalid session key");
        }
        Map<String, String> signed = new TreeMap<>(params);
        signed.keySet().removeAll(List.of("sig", "access_token", "session_key"));
        StringBuilder text = new StringBuilder();
        signed.forEach((name, value) -> text.append(name).append('=').append(value));
        String expected = md5(text + md5(token + APPLICATION_SECRET_KEY));
        if (!expected.equals(params.get("sig"))) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM_SIGNATURE, "Invalid signature " + params.get("sig"));
        }
        if (sessionExpired) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM_SESSION_EXPIRED, "Session expired");
        }
    }

    private static String require(Map<String, String> params, String name) throws OkErrorCodes.Failure {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "Missing required parameter " + name);
        }
        return value;
    }

    private static void requireGroup(Map<String, String> params, String name) throws OkErrorCodes.Failure {
        if (!GROUP_ID.equals(require(params, name))) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM_GROUP_ID, "Invalid group id " + params.get(name));
        }
    }

    private Object groupInfo(Map<String, String> params) throws OkErrorCodes.Failure {
        requireGroup(params, "uids");
        require(params, "fields");
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("groups").addObject().put("uid", GROUP_ID).put("name", GROUP_NAME)
                .put("description", "Официальная группа").put("pic_avatar", "https://i.mycdn.me/i?r=fake");
        return answer;
    }

    private Object post(Map<String, String> params) throws OkErrorCodes.Failure {
        if (!"GROUP_THEME".equals(require(params, "type"))) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "type must be GROUP_THEME with gid");
        }
        requireGroup(params, "gid");
        JsonNode media;
        try {
            media = JSON.readTree(require(params, "attachment")).path("media");
        } catch (IOException notJson) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "Invalid attachment");
        }
        if (!media.isArray() || media.isEmpty()) {
            throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "Attachment has no media");
        }
        for (JsonNode block : media) {
            checkBlock(block);
        }
        return newTopic(media);
    }

    private void checkBlock(JsonNode block) throws OkErrorCodes.Failure {
        switch (block.path("type").asText()) {
            case "text" -> {
                if (!block.path("text").isTextual()) {
                    throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "text block without text");
                }
            }
            case "link" -> {
                if (!block.path("url").asText().matches("https?://.+")) {
                    throw new OkErrorCodes.Failure(OkErrorCodes.MEDIA_TOPIC_LINK_BAD_FORMAT, "Bad link");
                }
            }
            case "poll" -> {
                if (!block.path("question").isTextual() || block.path("answers").isEmpty()
                        || !block.path("options").asText().matches("(SingleChoice|MultipleChoice)(,AnonymousVoting)?")) {
                    throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "Invalid poll");
                }
            }
            case "photo" -> {
                for (JsonNode photo : block.path("list")) {
                    if (!photoTokens.containsValue(photo.path("id").asText())) {
                        throw new OkErrorCodes.Failure(OkErrorCodes.PARAM_PHOTO_ID, "Unknown photo "
                                + photo.path("id").asText());
                    }
                }
            }
            default -> throw new OkErrorCodes.Failure(OkErrorCodes.PARAM, "Unknown media type " + block.path("type"));
        }
    }

    private String newTopic(JsonNode media) {
        String id = String.valueOf(nextTopicId++);
        topics.put(id, new Topic(id, tick(), media, new ArrayList<>()));
        return id;
    }

    private Object topicsById(Map<String, String> params) throws OkErrorCodes.Failure {
        require(params, "fields");
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode found = answer.putArray("media_topics");
        for (String id : require(params, "topic_ids").split(",")) {
            Optional.ofNullable(topics.get(id)).ifPresent(topic -> found.add(topic.json()));
        }
        return answer;
    }

    private Object newestTopics(Map<String, String> params) throws OkErrorCodes.Failure {
        requireGroup(params, "gid");
        int count = Integer.parseInt(params.getOrDefault("count", "20"));
        List<Topic> newestFirst = new ArrayList<>(topics.values());
        java.util.Collections.reverse(newestFirst);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("media_topics");
        newestFirst.stream().limit(count).forEach(topic -> list.add(topic.json()));
        return answer;
    }

    private Object comments(Map<String, String> params) throws OkErrorCodes.Failure {
        Topic topic = topics.get(require(params, "discussionId"));
        if (!"GROUP_TOPIC".equals(require(params, "discussionType")) || topic == null) {
            throw new OkErrorCodes.Failure(OkErrorCodes.NOT_FOUND, "Discussion not found");
        }
        int from = params.containsKey("anchor") ? Integer.parseInt(new String(java.util.Base64.getDecoder()
                .decode(params.get("anchor")), StandardCharsets.UTF_8)) : 0;
        int to = Math.min(topic.comments.size(), from + Math.min(commentsPerRequest,
                Integer.parseInt(params.getOrDefault("count", "10"))));
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode page = answer.putArray("comments");
        ArrayNode users = answer.putObject("entities").putArray("users");
        topic.comments.subList(Math.min(from, to), to).forEach(comment -> {
            ObjectNode shown = comment.deepCopy();
            shown.remove("author_name");
            page.add(shown);
            users.addObject().put("uid", comment.path("author_id").asText()).put("name",
                    comment.path("author_name").asText());
        });
        answer.put("anchor", java.util.Base64.getEncoder().encodeToString(String.valueOf(to)
                .getBytes(StandardCharsets.UTF_8)));
        answer.put("has_more", to < topic.comments.size());
        return answer;
    }

    private Object uploadUrl(Map<String, String> params) throws OkErrorCodes.Failure {
        requireGroup(params, "gid");
        int count = Integer.parseInt(params.getOrDefault("count", "1"));
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode ids = answer.putArray("photo_ids");
        List<String> reserved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String photoId = "photo" + UUID.randomUUID().toString().substring(0, 8);
            reserved.add(photoId);
            ids.add(photoId);
        }
        reservedPhotoIds.addAll(reserved);
        answer.put("upload_url", baseUrl().replace("/fb.do", "/upload") + "?photoIds=" + String.join(",", reserved));
        answer.put("expires_ms", System.currentTimeMillis() + 86_400_000L);
        return answer;
    }

    // --- upload -----------------------------------------------------------------------------------------------

    private synchronized void serveUpload(HttpExchange exchange) throws IOException {
        requestsServed++;
        if (answeredFault(exchange)) {
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        List<String> ids = List.of(query == null ? new String[0] : query.replace("photoIds=", "").split(","));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Matcher parts = PART.matcher(body);
        int files = 0;
        while (parts.find()) {
            files++;
        }
        if (type == null || !type.startsWith("multipart/form-data") || files != ids.size()
                || !reservedPhotoIds.containsAll(ids)) {
            respond(exchange, 200, JSON.writeValueAsString(new OkErrorCodes.Failure(OkErrorCodes.PARAM,
                    "Expected " + ids.size() + " files pic1..picN for reserved photo ids").body()));
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode photos = answer.putObject("photos");
        for (String id : ids) {
            reservedPhotoIds.remove(id);
            String token = "tok" + UUID.randomUUID().toString().replace("-", "");
            photoTokens.put(id, token);
            photos.putObject(id).put("token", token);
        }
        respond(exchange, 200, answer.toString());
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    private boolean answeredFault(HttpExchange exchange) throws IOException {
        NetworkFault fault = nextFault;
        nextFault = null;
        if (fault == null) {
            return false;
        }
        exchange.getRequestBody().readAllBytes();
        switch (fault) {
            case AUTH_FAILED -> respondError(exchange, OkErrorCodes.PARAM_SESSION_EXPIRED, "Session expired");
            case RATE_LIMITED -> respondError(exchange, OkErrorCodes.FLOOD_BLOCKED, "Flood blocked");
            case CAPTCHA -> respondError(exchange, OkErrorCodes.AUTH_LOGIN_WEB_HUMAN_CHECK, "Human check required");
            case REJECTED -> respondError(exchange, OkErrorCodes.MEDIA_TOPIC_TEXT_LIMIT, "Text too long");
            case SERVER_ERROR -> respond(exchange, 502, "<html>Bad Gateway</html>");
        }
        return true;
    }

    private static void respondError(HttpExchange exchange, int code, String message) throws IOException {
        respond(exchange, 200, JSON.writeValueAsString(new OkErrorCodes.Failure(code, message).body()));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> params(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        for (String form : new String[] {query == null ? "" : query, body}) {
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    /** Comment and topic times rise strictly, as one clock would order them. */
    private long tick() {
        lastMillis = Math.max(System.currentTimeMillis(), lastMillis + 1);
        return lastMillis;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
