package org.socialdesk.connector.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * A Telegram Bot API server on a free loopback port ({@code /bot<token>/<method>}) for one bot that administers one
 * channel and the channel's linked discussion group.
 *
 * <p>Every request is checked against api.json ({@link BotApiSpec}): the method exists, required parameters are
 * there, none is undeclared, values have the declared types. A breach is answered with 400 as Telegram would and
 * kept in {@link #violations()}, as is every result that does not fit the method's declared return type; a test
 * expects them to stay empty. Answers use the documented envelope {@code {"ok":true,"result":…}} /
 * {@code {"ok":false,"error_code":…,"description":…,"parameters":{…}}}.
 *
 * <p>With a webhook set (setWebhook), getUpdates answers 409 as Telegram does, and {@link #deliverWebhookUpdates()}
 * POSTs the pending updates to the webhook with the secret token header, forgetting those answered with 2xx.
 * Unlike Telegram, the fake accepts plain-HTTP loopback webhook addresses, and delivers only when a test asks.
 */
public final class FakeTelegram implements AutoCloseable {

    /** A call as received, without the token. */
    public record Call(String method, Map<String, JsonNode> params, Set<String> files) {
    }

    /** A comment, a forward or a reply in the discussion group. */
    private record GroupMessage(ObjectNode json, long fromUser, Long replyTo, Instant date) {
    }

    /** A channel message; an album's messages share the post of its first. */
    private record ChannelMessage(String text, int attachments, long albumFirst) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final long CHANNEL_ID = -1001987654321L;
    public static final String CHANNEL_NAME = "@altai_press";
    public static final long GROUP_ID = -1001555000111L;
    public static final long BOT_ID = 7000000001L;
    public static final String CHANNEL_TITLE = "Пресс-служба Правительства края";

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final String token = BOT_ID + ":AAH" + UUID.randomUUID().toString().replace("-", "");
    private final BotApiSpec spec = BotApiSpec.INSTANCE;

    private final List<Call> calls = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<Long, ChannelMessage> channel = new LinkedHashMap<>();
    private final Map<Long, Long> forwardOfPost = new LinkedHashMap<>();
    private final Map<Long, GroupMessage> group = new LinkedHashMap<>();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final Map<Long, String> memberStatus = new LinkedHashMap<>();
    private final Map<String, Boolean> groupRights = new LinkedHashMap<>(Map.of("can_delete_messages", true,
            "can_restrict_members", true));
    private boolean botIsGroupAdministrator = true;
    private String webhookUrl = "";
    private String webhookSecret;
    private String lastDeliveryError;
    private long nextChannelMessage = 100;
    private long nextGroupMessage = 5000;
    private long nextUpdate = 800_000_000;
    private long nextUser = 300_000_001;
    private int requestsServed;
    private ObjectNode nextError;
    private Integer nextHttpStatus;
    private String loseAnswerTo;

    static {
        // without it, the JDK server's separate writes of headers and body meet delayed ACKs: 40 ms per answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeTelegram() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(workers);
        server.createContext("/", this::answer);
        server.start();
    }

    public static FakeTelegram start() throws IOException {
        return new FakeTelegram();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    // --- people and editors acting on Telegram ---

    /** An editor posts in the channel by hand; Telegram forwards it to the discussion group. */
    public synchronized long addPost(String text) {
        return addPostAt(text, Instant.now());
    }

    /** As {@link #addPost}, at the given time. */
    public synchronized long addPostAt(String text, Instant at) {
        ObjectNode message = channelMessage(at).put("text", text);
        return post(message, text, 0, null);
    }

    public synchronized long addComment(long postId, String text) {
        return addCommentWrittenAt(postId, text, Instant.now());
    }

    /** A new person comments on the post at the given time. */
    public synchronized long addCommentWrittenAt(long postId, String text, Instant at) {
        GroupMessage forward = group.get(forwardOfPost.get(postId));
        return groupMessage(newUser(), text, forward, forward.json().get("message_id").asLong(), at);
    }

    /** A new person answers the comment within its thread. */
    public synchronized long addReply(long commentId, String text) {
        GroupMessage parent = group.get(commentId);
        return groupMessage(newUser(), text, parent, parent.json().get("message_thread_id").asLong(), Instant.now());
    }

    /** A message in the group that answers no post: the group's own chatter. */
    public synchronized long addChatter(String text) {
        long id = nextGroupMessage++;
        ObjectNode message = groupChat(id, Instant.now()).put("text", text);
        message.set("from", user(newUser()));
        group.put(id, new GroupMessage(message, 0, null, Instant.now()));
        enqueue(message);
        return id;
    }

    public synchronized void revokeRight(String right) {
        groupRights.put(right, false);
    }

    /** The group's owner makes the bot a plain member of the discussion group. */
    public synchronized void demoteBotInGroup() {
        botIsGroupAdministrator = false;
    }

    // --- what Telegram holds ---

    public synchronized boolean holdsComment(long commentId) {
        return group.containsKey(commentId);
    }

    public synchronized List<String> repliesFromBot(long commentId) {
        return group.values().stream().filter(message -> message.fromUser() == BOT_ID
                && Long.valueOf(commentId).equals(message.replyTo())).map(message -> message.json().get("text")
                .asText()).toList();
    }

    public synchronized String memberStatus(long userId) {
        return memberStatus.getOrDefault(userId, "member");
    }

    /** The post (an album counts as one) with its text and attachment count, if the channel holds it. */
    public synchronized Optional<Map.Entry<String, Integer>> post(long postId) {
        ChannelMessage message = channel.get(postId);
        if (message == null || message.albumFirst() != postId) {
            return Optional.empty();
        }
        int attachments = (int) channel.values().stream().filter(other -> other.albumFirst() == postId)
                .mapToInt(ChannelMessage::attachments).sum();
        return Optional.of(Map.entry(message.text(), attachments));
    }

    public synchronized int postsWithText(String text) {
        return (int) channel.entrySet().stream().filter(entry -> entry.getValue().albumFirst() == entry.getKey()
                && entry.getValue().text().equals(text)).count();
    }

    // --- webhook ---

    /**
     * POSTs every pending update, oldest first, to the webhook, as Telegram does on its own; an update answered with
     * 2xx is forgotten, any other answer keeps it for a later delivery. Returns the HTTP statuses answered, in order.
     */
    public List<Integer> deliverWebhookUpdates() throws IOException, InterruptedException {
        String url;
        String secret;
        List<ObjectNode> pending;
        synchronized (this) {
            if (webhookUrl.isEmpty()) {
                throw new IllegalStateException("no webhook is set");
            }
            url = webhookUrl;
            secret = webhookSecret;
            pending = List.copyOf(updates);
        }
        return deliver(url, secret, pending);
    }

    /** Delivers the pending updates as someone who does not know the secret would, e.g. with {@code "guess"}. */
    public List<Integer> deliverWithSecret(String secret) throws IOException, InterruptedException {
        String url;
        List<ObjectNode> pending;
        synchronized (this) {
            url = webhookUrl;
            pending = List.copyOf(updates);
        }
        return deliver(url, secret, pending);
    }

    /** A webhook someone else set for the bot, or this connector before it was configured for long polling. */
    public synchronized void leaveWebhookSet(String url) {
        webhookUrl = url;
        webhookSecret = "left-over";
    }

    public synchronized String webhookUrl() {
        return webhookUrl;
    }

    public synchronized int pendingUpdates() {
        return updates.size();
    }

    private List<Integer> deliver(String url, String secret, List<ObjectNode> pending)
            throws IOException, InterruptedException {
        List<Integer> statuses = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (ObjectNode update : pending) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(update.toString(), StandardCharsets.UTF_8));
            if (secret != null) {
                request.header("X-Telegram-Bot-Api-Secret-Token", secret);
            }
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            statuses.add(status);
            synchronized (this) {
                if (status / 100 == 2) {
                    updates.remove(update);
                } else {
                    lastDeliveryError = "Wrong response from the webhook: " + status;
                }
            }
        }
        return statuses;
    }

    // --- faults ---

    /** The next call is answered with this error and does nothing. */
    public synchronized void failNext(int code, String description, Integer retryAfter) {
        nextError = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            nextError.putObject("parameters").put("retry_after", retryAfter);
        }
    }

    /** The next call is answered with this HTTP status and a proxy's page, as a failing front end would. */
    public synchronized void failNextWithHttpStatus(int status) {
        nextHttpStatus = status;
    }

    /** The next call of the method is carried out, then the connection drops without an answer. */
    public synchronized void loseNextAnswerTo(String method) {
        loseAnswerTo = method;
    }

    // --- what happened ---

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    public synchronized int requestsServed() {
        return requestsServed;
    }

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

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            int slash = path.lastIndexOf('/');
            String method = path.substring(slash + 1);
            boolean lose;
            ObjectNode error;
            Integer httpStatus;
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
            }
            if (httpStatus != null) {
                send(exchange, httpStatus, "<html><body><h1>" + httpStatus + " Bad Gateway</h1></body></html>",
                        "text/html");
                return;
            }
            if (!path.equals("/bot" + token + "/" + method)) {
                send(exchange, 401, errorBody(401, "Unauthorized"), "application/json");
                return;
            }
            if (error != null) {
                send(exchange, error.get("error_code").asInt(), error.toString(), "application/json");
                return;
            }
            String answer;
            int status = 200;
            try {
                JsonNode result = call(method, exchange.getRequestHeaders().getFirst("Content-Type"), body);
                List<String> problems = spec.resultProblems(method, result);
                problems.forEach(this::violation);
                answer = JSON.createObjectNode().put("ok", true).set("result", result).toString();
            } catch (BotApiRefusal refusal) {
                status = refusal.code;
                answer = errorBody(refusal.code, refusal.getMessage());
            }
            if (lose) {
                return;
            }
            send(exchange, status, answer, "application/json");
        }
    }

    private JsonNode call(String method, String contentType, byte[] body) throws BotApiRefusal {
        if (!spec.exists(method)) {
            violation("unknown method " + method);
            throw new BotApiRefusal(404, "Not Found: method not found");
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        Set<String> files = Set.of();
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            MultipartBody form = MultipartBody.read(contentType, body);
            form.fields().forEach((name, text) -> params.put(name, spec.fromFormText(method, name, text)));
            files = form.files().keySet();
        } else if (body.length > 0) {
            try {
                JsonNode json = JSON.readTree(body);
                json.fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue()));
            } catch (IOException notJson) {
                violation(method + ": body is not JSON");
                throw new BotApiRefusal(400, "Bad Request: can't parse request body");
            }
        }
        synchronized (this) {
            calls.add(new Call(method, Map.copyOf(params), files));
        }
        List<String> problems = spec.requestProblems(method, params, files);
        if (!problems.isEmpty()) {
            problems.forEach(this::violation);
            throw new BotApiRefusal(400, "Bad Request: " + problems.get(0));
        }
        synchronized (this) {
            return carryOut(method, params, files);
        }
    }

    private JsonNode carryOut(String method, Map<String, JsonNode> params, Set<String> files) throws BotApiRefusal {
        return switch (method) {
            case "getMe" -> user(BOT_ID);
            case "getChat" -> chatInfo(chatOf(params));
            case "getChatMember" -> member(chatOf(params), params.get("user_id").asLong());
            case "sendMessage" -> sendMessage(params);
            case "sendPhoto", "sendVideo" -> sendMedia(method, params);
            case "sendMediaGroup" -> sendAlbum(params, files);
            case "sendPoll" -> sendPoll(params);
            case "getUpdates" -> updates(params);
            case "deleteMessage" -> deleteMessage(params);
            case "banChatMember" -> restrict(params, "kicked");
            case "restrictChatMember" -> restrict(params, allAllowed(params.get("permissions")) ? "member"
                    : "restricted");
            case "unbanChatMember" -> unban(params);
            case "setWebhook" -> setWebhook(params);
            case "deleteWebhook" -> deleteWebhook(params);
            case "getWebhookInfo" -> webhookInfo();
            default -> throw new BotApiRefusal(400, "Bad Request: the fake does not offer " + method);
        };
    }

    // --- methods ---

    private JsonNode sendMessage(Map<String, JsonNode> params) throws BotApiRefusal {
        String text = params.get("text").asText();
        if (text.length() > 4096) {
            throw new BotApiRefusal(400, "Bad Request: message is too long");
        }
        long chat = chatOf(params);
        if (chat == CHANNEL_ID) {
            ObjectNode message = channelMessage(Instant.now()).put("text", text);
            post(message, text, 0, null);
            return message;
        }
        JsonNode reply = params.get("reply_parameters");
        Long replyTo = reply == null ? null : reply.get("message_id").asLong();
        GroupMessage parent = replyTo == null ? null : group.get(replyTo);
        if (replyTo != null && parent == null) {
            throw new BotApiRefusal(400, "Bad Request: message to be replied not found");
        }
        long id = groupMessage(BOT_ID, text, parent,
                parent == null ? null : parent.json().path("message_thread_id").asLong(), Instant.now());
        return group.get(id).json();
    }

    private JsonNode sendMedia(String method, Map<String, JsonNode> params) throws BotApiRefusal {
        inChannel(params);
        String caption = params.containsKey("caption") ? params.get("caption").asText() : "";
        ObjectNode message = channelMessage(Instant.now()).put("caption", caption);
        attach(message, method.equals("sendVideo") ? "video" : "photo");
        post(message, caption, 1, null);
        return message;
    }

    private JsonNode sendAlbum(Map<String, JsonNode> params, Set<String> files) throws BotApiRefusal {
        inChannel(params);
        JsonNode media = params.get("media");
        if (media.size() < 2 || media.size() > 10) {
            throw new BotApiRefusal(400, "Bad Request: wrong number of messages in the media group");
        }
        ArrayNode sent = JSON.createArrayNode();
        String album = UUID.randomUUID().toString();
        Long first = null;
        for (JsonNode item : media) {
            String attached = item.get("media").asText().replaceFirst("^attach://", "");
            if (!files.contains(attached)) {
                violation("sendMediaGroup: " + item.get("media") + " names no attached file");
                throw new BotApiRefusal(400, "Bad Request: wrong file identifier/HTTP URL specified");
            }
            String caption = item.path("caption").asText("");
            ObjectNode message = channelMessage(Instant.now()).put("media_group_id", album).put("caption", caption);
            attach(message, item.get("type").asText());
            long id = post(message, caption, 1, first);
            first = first == null ? id : first;
            sent.add(message);
        }
        return sent;
    }

    private JsonNode sendPoll(Map<String, JsonNode> params) throws BotApiRefusal {
        inChannel(params);
        if (params.containsKey("is_anonymous") && !params.get("is_anonymous").asBoolean()) {
            throw new BotApiRefusal(400, "Bad Request: non-anonymous polls can't be sent to channel chats");
        }
        JsonNode options = params.get("options");
        if (options.isEmpty() || options.size() > 12) {
            throw new BotApiRefusal(400, "Bad Request: poll must have 1-12 options");
        }
        String description = params.containsKey("description") ? params.get("description").asText() : "";
        ObjectNode message = channelMessage(Instant.now());
        ObjectNode poll = message.putObject("poll").put("id", UUID.randomUUID().toString())
                .put("question", params.get("question").asText()).put("total_voter_count", 0)
                .put("is_closed", false).put("is_anonymous", true).put("type", "regular")
                .put("allows_multiple_answers", params.containsKey("allows_multiple_answers")
                        && params.get("allows_multiple_answers").asBoolean())
                .put("allows_revoting", false).put("members_only", false).put("description", description);
        ArrayNode pollOptions = poll.putArray("options");
        int i = 0;
        for (JsonNode option : options) {
            pollOptions.addObject().put("persistent_id", "o" + i++).put("text", option.get("text").asText())
                    .put("voter_count", 0);
        }
        post(message, description, 1, null);
        return message;
    }

    private JsonNode updates(Map<String, JsonNode> params) throws BotApiRefusal {
        if (!webhookUrl.isEmpty()) {
            throw new BotApiRefusal(409, "Conflict: can't use getUpdates method while webhook is active; use "
                    + "deleteWebhook to delete the webhook first");
        }
        long offset = params.containsKey("offset") ? params.get("offset").asLong() : 0;
        int limit = params.containsKey("limit") ? params.get("limit").asInt() : 100;
        // calling with an offset confirms every earlier update; Telegram never sends those again
        updates.removeIf(update -> update.get("update_id").asLong() < offset);
        ArrayNode answer = JSON.createArrayNode();
        updates.stream().limit(limit).forEach(answer::add);
        return answer;
    }

    private JsonNode setWebhook(Map<String, JsonNode> params) throws BotApiRefusal {
        String url = params.get("url").asText();
        String secret = params.containsKey("secret_token") ? params.get("secret_token").asText() : null;
        if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new BotApiRefusal(400, "Bad Request: secret token contains unallowed characters");
        }
        if (params.containsKey("drop_pending_updates") && params.get("drop_pending_updates").asBoolean()) {
            updates.clear();
        }
        // an empty url removes the webhook, as deleteWebhook does
        webhookUrl = url;
        webhookSecret = url.isEmpty() ? null : secret;
        return JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode deleteWebhook(Map<String, JsonNode> params) {
        if (params.containsKey("drop_pending_updates") && params.get("drop_pending_updates").asBoolean()) {
            updates.clear();
        }
        webhookUrl = "";
        webhookSecret = null;
        return JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode webhookInfo() {
        ObjectNode info = JSON.createObjectNode().put("url", webhookUrl).put("has_custom_certificate", false)
                .put("pending_update_count", updates.size());
        if (lastDeliveryError != null) {
            info.put("last_error_date", Instant.now().getEpochSecond()).put("last_error_message", lastDeliveryError);
        }
        return info;
    }

    private JsonNode deleteMessage(Map<String, JsonNode> params) throws BotApiRefusal {
        long id = params.get("message_id").asLong();
        if (chatOf(params) != GROUP_ID || !group.containsKey(id)) {
            throw new BotApiRefusal(400, "Bad Request: message to delete not found");
        }
        requireRight("can_delete_messages");
        if (Duration.between(group.get(id).date(), Instant.now()).compareTo(Duration.ofHours(48)) >= 0) {
            throw new BotApiRefusal(400, "Bad Request: message can't be deleted");
        }
        group.remove(id);
        return JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode restrict(Map<String, JsonNode> params, String status) throws BotApiRefusal {
        if (chatOf(params) != GROUP_ID) {
            throw new BotApiRefusal(400, "Bad Request: chat not found");
        }
        requireRight("can_restrict_members");
        memberStatus.put(params.get("user_id").asLong(), status);
        return JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode unban(Map<String, JsonNode> params) throws BotApiRefusal {
        requireRight("can_restrict_members");
        long user = params.get("user_id").asLong();
        boolean onlyIfBanned = params.containsKey("only_if_banned") && params.get("only_if_banned").asBoolean();
        // Telegram: without only_if_banned, unbanning a member removes them from the chat too
        if (!onlyIfBanned || "kicked".equals(memberStatus.get(user))) {
            memberStatus.put(user, "left");
        }
        return JSON.getNodeFactory().booleanNode(true);
    }

    // --- Telegram's objects ---

    private long post(ObjectNode message, String text, int attachments, Long albumFirst) {
        long id = message.get("message_id").asLong();
        channel.put(id, new ChannelMessage(text, attachments, albumFirst == null ? id : albumFirst));
        if (albumFirst == null) {
            long forward = nextGroupMessage++;
            ObjectNode copy = groupChat(forward, Instant.now()).put("is_automatic_forward", true);
            copy.set("sender_chat", channelChat());
            copy.putObject("forward_origin").put("type", "channel").put("date", message.get("date").asLong())
                    .put("message_id", id).set("chat", channelChat());
            if (message.has("poll")) {
                copy.set("poll", message.get("poll").deepCopy());
            } else if (!text.isEmpty()) {
                copy.put(message.has("text") ? "text" : "caption", text);
            }
            group.put(forward, new GroupMessage(copy, 0, null, Instant.now()));
            forwardOfPost.put(id, forward);
            enqueue(copy);
        }
        return id;
    }

    private long groupMessage(long from, String text, GroupMessage parent, Long thread, Instant at) {
        long id = nextGroupMessage++;
        ObjectNode message = groupChat(id, at).put("text", text);
        message.set("from", user(from));
        if (parent != null) {
            ObjectNode repliedTo = parent.json().deepCopy();
            repliedTo.remove("reply_to_message");
            message.set("reply_to_message", repliedTo);
            message.put("message_thread_id", thread);
        }
        group.put(id, new GroupMessage(message, from, parent == null ? null : parent.json().get("message_id")
                .asLong(), at));
        if (from != BOT_ID) {
            enqueue(message);
        }
        return id;
    }

    private void enqueue(ObjectNode message) {
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdate++);
        update.set("message", message);
        updates.add(update);
    }

    private ObjectNode channelMessage(Instant at) {
        ObjectNode message = JSON.createObjectNode().put("message_id", nextChannelMessage++)
                .put("date", at.getEpochSecond());
        message.set("chat", channelChat());
        message.set("sender_chat", channelChat());
        return message;
    }

    private ObjectNode groupChat(long id, Instant at) {
        ObjectNode message = JSON.createObjectNode().put("message_id", id).put("date", at.getEpochSecond());
        message.putObject("chat").put("id", GROUP_ID).put("type", "supergroup").put("title", "Обсуждение");
        return message;
    }

    private static ObjectNode channelChat() {
        return JSON.createObjectNode().put("id", CHANNEL_ID).put("type", "channel").put("title", CHANNEL_TITLE)
                .put("username", CHANNEL_NAME.substring(1));
    }

    private static ObjectNode user(long id) {
        return JSON.createObjectNode().put("id", id).put("is_bot", id == BOT_ID)
                .put("first_name", id == BOT_ID ? "SocialDesk" : "Житель " + id);
    }

    private static void attach(ObjectNode message, String kind) {
        String file = UUID.randomUUID().toString();
        if (kind.equals("video")) {
            message.putObject("video").put("file_id", file).put("file_unique_id", file.substring(0, 8))
                    .put("width", 1280).put("height", 720).put("duration", 12);
        } else {
            message.putArray("photo").addObject().put("file_id", file).put("file_unique_id", file.substring(0, 8))
                    .put("width", 1280).put("height", 720);
        }
    }

    private JsonNode chatInfo(long chat) {
        boolean isChannel = chat == CHANNEL_ID;
        ObjectNode info = JSON.createObjectNode().put("id", chat).put("type", isChannel ? "channel" : "supergroup")
                .put("title", isChannel ? CHANNEL_TITLE : "Обсуждение").put("accent_color_id", 1)
                .put("max_reaction_count", 11)
                .put("description", isChannel ? "Официальный канал пресс-службы" : "Комментарии к постам канала")
                .put("linked_chat_id", isChannel ? GROUP_ID : CHANNEL_ID);
        if (isChannel) {
            info.put("username", CHANNEL_NAME.substring(1));
        }
        info.putObject("photo").put("small_file_id", "AQADs").put("small_file_unique_id", "s1")
                .put("big_file_id", "AQADb").put("big_file_unique_id", "b1");
        info.putObject("accepted_gift_types").put("unlimited_gifts", false).put("limited_gifts", false)
                .put("unique_gifts", false).put("premium_subscription", false).put("gifts_from_channels", false);
        return info;
    }

    private JsonNode member(long chat, long userId) {
        ObjectNode member = JSON.createObjectNode();
        if (userId == BOT_ID && chat == GROUP_ID && !botIsGroupAdministrator) {
            return member.put("status", "member").set("user", user(BOT_ID));
        }
        if (userId == BOT_ID) {
            member.put("status", "administrator").set("user", user(BOT_ID));
            member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_manage_video_chats", false).put("can_promote_members", false)
                    .put("can_change_info", false).put("can_invite_users", true).put("can_post_stories", false)
                    .put("can_edit_stories", false).put("can_delete_stories", false);
            boolean isChannel = chat == CHANNEL_ID;
            member.put("can_delete_messages", isChannel || groupRights.get("can_delete_messages"))
                    .put("can_restrict_members", !isChannel && groupRights.get("can_restrict_members"));
            if (isChannel) {
                member.put("can_post_messages", true).put("can_edit_messages", true);
            }
            return member;
        }
        String status = memberStatus(userId);
        member.put("status", status).set("user", user(userId));
        switch (status) {
            case "kicked" -> member.put("until_date", 0);
            case "restricted" -> {
                member.put("is_member", true).put("until_date", 0);
                for (String permission : List.of("can_send_messages", "can_send_audios", "can_send_documents",
                        "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes",
                        "can_send_polls", "can_send_other_messages", "can_add_web_page_previews",
                        "can_react_to_messages", "can_edit_tag", "can_change_info", "can_invite_users",
                        "can_pin_messages", "can_manage_topics")) {
                    member.put(permission, false);
                }
            }
            default -> {
                // member or left: user and status are all
            }
        }
        return member;
    }

    private static boolean allAllowed(JsonNode permissions) {
        for (JsonNode allowed : permissions) {
            if (!allowed.asBoolean()) {
                return false;
            }
        }
        return true;
    }

    private long chatOf(Map<String, JsonNode> params) throws BotApiRefusal {
        JsonNode chat = params.get("chat_id");
        if (chat.isIntegralNumber() && (chat.asLong() == CHANNEL_ID || chat.asLong() == GROUP_ID)) {
            return chat.asLong();
        }
        if (chat.isTextual() && chat.asText().equals(CHANNEL_NAME)) {
            return CHANNEL_ID;
        }
        if (chat.isTextual() && chat.asText().matches("-?\\d+")) {
            return chatOf(Map.of("chat_id", JSON.getNodeFactory().numberNode(Long.parseLong(chat.asText()))));
        }
        throw new BotApiRefusal(400, "Bad Request: chat not found");
    }

    private void inChannel(Map<String, JsonNode> params) throws BotApiRefusal {
        if (chatOf(params) != CHANNEL_ID) {
            throw new BotApiRefusal(400, "Bad Request: the fake posts media only in the channel");
        }
    }

    private void requireRight(String right) throws BotApiRefusal {
        if (!groupRights.get(right)) {
            throw new BotApiRefusal(400, "Bad Request: not enough rights");
        }
    }

    private long newUser() {
        return nextUser++;
    }

    private static String errorBody(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description)
                .toString();
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

    /** A refusal the fake answers with, as Telegram words it. */
    private static final class BotApiRefusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final int code;

        BotApiRefusal(int code, String description) {
            super(description);
            this.code = code;
        }
    }
}
