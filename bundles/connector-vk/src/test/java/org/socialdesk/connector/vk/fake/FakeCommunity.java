package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one community the fake VK holds: its wall, comments and threads, bans, uploaded photos and videos, polls, and
 * a clock that moves {@link #STEP} with every API request, so that time passes between requests in a way tests can
 * predict. Posts and comments on the wall share one rising id sequence, as on VK.
 *
 * <p>Methods answer as VK 5.199 does for a community administrator's user token or a community token; a request
 * VK would refuse for its content is refused with VK's error code.
 */
public final class FakeCommunity {

    /** How far the clock moves with each API request. */
    public static final Duration STEP = Duration.ofSeconds(5);
    /** The administrator whose user token the fake issues. */
    public static final long ADMIN_ID = 1_000;

    public record Post(long id, String text, List<String> attachments, Instant date, boolean delayed, String guid) {
    }

    public record Ban(long userId, int reason, Long endDate, String comment, boolean commentVisible) {
    }

    public record Poll(long id, String question, List<String> answers, boolean anonymous, boolean multiple) {
    }

    /** A file as an upload server received it. */
    public record Upload(String field, String fileName, String contentType, int bytes) {
    }

    /** A deleted comment keeps its text, since VK can restore it. */
    private record Comment(long id, long postId, long fromId, String text, Instant date, Long threadOf,
            Long replyTo, boolean deleted) {

        Comment withDeleted(boolean deletedNow) {
            return new Comment(id, postId, fromId, text, date, threadOf, replyTo, deletedNow);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIRST_NAMES = List.of("Анна", "Иван", "Мария", "Пётр", "Ольга", "Сергей");
    private static final List<String> LAST_NAMES = List.of("Иванова", "Петров", "Сидорова", "Кузнецов");
    private static final long WALL_ALBUM = -14;

    /** Methods only an administrator may call. */
    private static final Set<String> ADMIN_METHODS = Set.of("wall.post", "wall.deleteComment", "wall.restoreComment",
            "groups.ban", "groups.unban", "polls.create", "photos.getWallUploadServer", "photos.saveWallPhoto",
            "video.save", "wall.createComment");

    private final long groupId;
    private final String uploadBase;
    private Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private long lastWallId;
    private long lastMediaId;
    private long lastPersonId = 500_000;
    private boolean adminRights = true;
    private int pageLimit = 100;

    private final TreeMap<Long, Post> posts = new TreeMap<>();
    private final Map<String, Long> postsByGuid = new HashMap<>();
    private final TreeMap<Long, Comment> comments = new TreeMap<>();
    private final Map<Long, Ban> bans = new HashMap<>();
    private final Map<Long, ObjectNode> photos = new HashMap<>();
    private final Map<String, Upload> photoUploads = new HashMap<>();
    private final Map<Long, ObjectNode> videos = new HashMap<>();
    private final Set<Long> uploadedVideos = new LinkedHashSet<>();
    private final Map<Long, Poll> polls = new HashMap<>();
    private final List<Upload> uploads = new ArrayList<>();

    FakeCommunity(long groupId, String uploadBase) {
        this.groupId = groupId;
        this.uploadBase = uploadBase;
    }

    // --- what tests see and do -------------------------------------------------------------------------------

    public long groupId() {
        return groupId;
    }

    public String name() {
        return "Министерство здравоохранения Алтайского края";
    }

    /** Posts by hand, as an editor would on vk.com. */
    public synchronized long addPost(String text) {
        long id = ++lastWallId;
        posts.put(id, new Post(id, text, List.of(), now, false, null));
        return id;
    }

    /** A new person comments under the post. */
    public synchronized long addComment(long postId, String text) {
        return addComment(postId, ++lastPersonId, text, null, null);
    }

    /** A new person answers the comment, in the thread of its top-level comment. */
    public synchronized long addReply(long commentId, String text) {
        Comment parent = comments.get(commentId);
        Long thread = parent.threadOf() == null ? parent.id() : parent.threadOf();
        return addComment(parent.postId(), ++lastPersonId, text, thread, commentId);
    }

    public synchronized boolean holdsComment(long commentId) {
        return Optional.ofNullable(comments.get(commentId)).filter(comment -> !comment.deleted()).isPresent();
    }

    /** Texts the community wrote as replies to the comment. */
    public synchronized List<String> repliesFromCommunity(long commentId) {
        return comments.values().stream()
                .filter(comment -> !comment.deleted() && comment.fromId() == -groupId
                        && Long.valueOf(commentId).equals(comment.replyTo()))
                .map(Comment::text).toList();
    }

    public synchronized Optional<Ban> ban(long userId) {
        return Optional.ofNullable(bans.get(userId));
    }

    public synchronized Optional<Post> post(long postId) {
        return Optional.ofNullable(posts.get(postId));
    }

    public synchronized List<Post> posts() {
        return List.copyOf(posts.values());
    }

    public synchronized Optional<Poll> poll(long pollId) {
        return Optional.ofNullable(polls.get(pollId));
    }

    public synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** VK takes the post down (its anti-spam, a complaint), so that reading it back finds nothing. */
    public synchronized void removePost(long postId) {
        posts.remove(postId);
    }

    /** The administrator loses the right to manage the community; the token itself stays valid. */
    public synchronized void revokeAdminRights() {
        adminRights = false;
    }

    /** Answers fewer comments per page than the 100 VK allows, so that a test needs few comments to page. */
    public synchronized void limitCommentPages(int limit) {
        pageLimit = limit;
    }

    /** Comments made after the one with this id, the community's own included, as VK's Callback API sends them. */
    synchronized List<ObjectNode> commentsAfter(long commentId) {
        return comments.tailMap(commentId, false).values().stream().filter(comment -> !comment.deleted())
                .map(this::commentJson).toList();
    }

    // --- the clock ------------------------------------------------------------------------------------------

    synchronized Instant tick() {
        now = now.plus(STEP);
        return now;
    }

    // --- API methods ------------------------------------------------------------------------------------------

    synchronized JsonNode answer(String method, Map<String, String> params) throws VkFault {
        if (!adminRights && ADMIN_METHODS.contains(method)) {
            throw new VkFault(15, "Access denied: no access to call this method");
        }
        Request request = new Request(params);
        return switch (method) {
            case "wall.post" -> post(request);
            case "wall.getById" -> getById(request);
            case "wall.get" -> wall(request);
            case "wall.getComments" -> getComments(request);
            case "wall.createComment" -> createComment(request);
            case "wall.deleteComment" -> deleteComment(request);
            case "wall.restoreComment" -> restoreComment(request);
            case "groups.ban" -> ban(request);
            case "groups.unban" -> unban(request);
            case "groups.getById" -> getGroup(request);
            case "polls.create" -> createPoll(request);
            case "photos.getWallUploadServer" -> wallUploadServer(request);
            case "photos.saveWallPhoto" -> saveWallPhoto(request);
            case "video.save" -> saveVideo(request);
            case "utils.getServerTime" -> IntNode.valueOf((int) now.getEpochSecond());
            default -> throw new VkFault(3, "Unknown method passed: the fake VK does not answer " + method);
        };
    }

    private JsonNode post(Request request) throws VkFault {
        request.requireOwner(-groupId);
        if (!request.text("from_group").equals("1")) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: the fake posts only "
                    + "as the community, from_group=1");
        }
        String text = request.text("message");
        List<String> attachments = request.list("attachments");
        if (text.isEmpty() && attachments.isEmpty()) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: message is empty");
        }
        for (String attachment : attachments) {
            if (attachmentJson(attachment).isEmpty()) {
                throw new VkFault(100, "One of the parameters specified was missing or invalid: attachments "
                        + attachment + " is not found");
            }
        }
        String guid = request.params.get("guid");
        if (guid != null && postsByGuid.containsKey(guid)) {
            return result("post_id", postsByGuid.get(guid));
        }
        Long publishDate = request.number("publish_date");
        boolean delayed = publishDate != null && publishDate > now.getEpochSecond();
        Post post = new Post(++lastWallId, text, attachments, delayed ? Instant.ofEpochSecond(publishDate) : now,
                delayed, guid);
        posts.put(post.id(), post);
        if (guid != null) {
            postsByGuid.put(guid, post.id());
        }
        return result("post_id", post.id());
    }

    private JsonNode getById(Request request) {
        ArrayNode items = NODES.arrayNode();
        for (String name : request.list("posts")) {
            String[] ownerAndId = name.split("_");
            if (ownerAndId.length == 2 && ownerAndId[0].equals(String.valueOf(-groupId))) {
                Optional.ofNullable(posts.get(Long.parseLong(ownerAndId[1]))).ifPresent(p -> items.add(postJson(p)));
            }
        }
        ObjectNode response = NODES.objectNode();
        response.set("items", items);
        return response;
    }

    private JsonNode wall(Request request) throws VkFault {
        if (!("club" + groupId).equals(request.params.get("domain"))) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: domain is unknown");
        }
        String filter = request.params.getOrDefault("filter", "all");
        List<Post> shown = posts.descendingMap().values().stream()
                .filter(post -> filter.equals("postponed") ? post.delayed()
                        : !post.delayed() && !filter.equals("others") && !filter.equals("suggests"))
                .toList();
        int offset = request.number("offset", 0);
        int count = Math.min(request.number("count", 20), 100);
        ArrayNode items = NODES.arrayNode();
        shown.stream().skip(offset).limit(count).forEach(post -> items.add(postJson(post)));
        ObjectNode response = NODES.objectNode();
        response.put("count", shown.size());
        response.set("items", items);
        return response;
    }

    private JsonNode getComments(Request request) throws VkFault {
        request.requireOwner(-groupId);
        Long postId = request.number("post_id");
        if (postId == null || !posts.containsKey(postId)) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: post_id is undefined");
        }
        Long thread = request.number("comment_id");
        if (thread != null && Optional.ofNullable(comments.get(thread)).filter(c -> c.threadOf() == null
                && c.postId() == postId).isEmpty()) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: comment_id is not a "
                    + "top-level comment of this post");
        }
        List<Comment> level = comments.values().stream()
                .filter(comment -> comment.postId() == postId && Objects.equals(comment.threadOf(), thread)
                        && shown(comment))
                .sorted(request.text("sort").equals("desc") ? Comparator.comparingLong(Comment::id).reversed()
                        : Comparator.comparingLong(Comment::id))
                .toList();
        int offset = request.number("offset", 0);
        int count = Math.min(request.number("count", 10), pageLimit);
        int preview = request.number("thread_items_count", 0);
        boolean extended = request.text("extended").equals("1");

        Set<Long> authors = new LinkedHashSet<>();
        ArrayNode items = NODES.arrayNode();
        for (Comment comment : level.stream().skip(Math.max(0, offset)).limit(count).toList()) {
            ObjectNode item = commentJson(comment);
            authors.add(comment.fromId());
            if (thread == null && preview > 0) {
                List<Comment> replies = replies(comment.id());
                ObjectNode threadJson = item.putObject("thread");
                threadJson.put("count", replies.size());
                ArrayNode shown = threadJson.putArray("items");
                replies.stream().limit(preview).forEach(reply -> {
                    shown.add(commentJson(reply));
                    authors.add(reply.fromId());
                });
                threadJson.put("can_post", true);
                threadJson.put("groups_can_post", true);
                threadJson.put("show_reply_button", true);
            }
            items.add(item);
        }
        ObjectNode response = NODES.objectNode();
        response.put("count", thread == null ? comments.values().stream()
                .filter(comment -> comment.postId() == postId && shown(comment)).count() : level.size());
        response.set("items", items);
        response.put("current_level_count", level.size());
        response.put("can_post", true);
        response.put("groups_can_post", true);
        response.put("show_reply_button", true);
        if (extended) {
            ArrayNode profiles = response.putArray("profiles");
            ArrayNode groups = response.putArray("groups");
            authors.forEach(author -> {
                if (author > 0) {
                    profiles.add(person(author));
                } else {
                    groups.add(groupJson(false, false));
                }
            });
        }
        return response;
    }

    private JsonNode createComment(Request request) throws VkFault {
        request.requireOwner(-groupId);
        long postId = request.number("post_id");
        if (!posts.containsKey(postId) || posts.get(postId).delayed()) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: post_id is undefined");
        }
        if (request.text("message").isEmpty()) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: message is empty");
        }
        long fromId = Long.valueOf(groupId).equals(request.number("from_group")) ? -groupId : ADMIN_ID;
        Long replyTo = request.number("reply_to_comment");
        Long thread = null;
        if (replyTo != null) {
            Comment parent = comments.get(replyTo);
            if (parent == null || parent.postId() != postId || parent.deleted()) {
                throw new VkFault(100, "One of the parameters specified was missing or invalid: "
                        + "reply_to_comment is undefined");
            }
            thread = parent.threadOf() == null ? parent.id() : parent.threadOf();
        }
        long id = addComment(postId, fromId, request.text("message"), thread, replyTo);
        ObjectNode response = NODES.objectNode();
        response.put("comment_id", id);
        ArrayNode stack = response.putArray("parents_stack");
        if (thread != null) {
            stack.add(thread);
        }
        return response;
    }

    private JsonNode deleteComment(Request request) throws VkFault {
        request.requireOwner(-groupId);
        long id = request.number("comment_id");
        Comment comment = comments.get(id);
        if (comment == null || comment.deleted()) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: comment_id is undefined");
        }
        comments.put(id, comment.withDeleted(true));
        return IntNode.valueOf(1);
    }

    /**
     * With the errors VK's schema lists for the method: 104 for a comment VK does not have, 243 for one that is not
     * deleted.
     */
    private JsonNode restoreComment(Request request) throws VkFault {
        request.requireOwner(-groupId);
        Comment comment = comments.get(request.number("comment_id"));
        if (comment == null) {
            throw new VkFault(104, "Not found");
        }
        if (!comment.deleted()) {
            throw new VkFault(243, "Comment has not been deleted");
        }
        comments.put(comment.id(), comment.withDeleted(false));
        return IntNode.valueOf(1);
    }

    private JsonNode ban(Request request) throws VkFault {
        request.requireGroup(groupId);
        Long userId = request.number("owner_id");
        if (userId == null || userId <= 0) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: owner_id is undefined");
        }
        int reason = request.number("reason", 0);
        if (reason > 4) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: reason is invalid");
        }
        Long endDate = request.number("end_date");
        if (endDate != null && endDate <= now.getEpochSecond()) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: end_date is in the past");
        }
        bans.put(userId, new Ban(userId, reason, endDate, request.params.get("comment"),
                request.text("comment_visible").equals("1")));
        return IntNode.valueOf(1);
    }

    private JsonNode unban(Request request) throws VkFault {
        request.requireGroup(groupId);
        Long userId = request.number("owner_id");
        if (userId == null) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: owner_id is undefined");
        }
        bans.remove(userId);
        return IntNode.valueOf(1);
    }

    private JsonNode getGroup(Request request) throws VkFault {
        List<String> asked = new ArrayList<>(request.list("group_ids"));
        Optional.ofNullable(request.params.get("group_id")).ifPresent(asked::add);
        if (!asked.contains(String.valueOf(groupId)) && !asked.contains("club" + groupId)) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: group_ids is undefined");
        }
        List<String> fields = request.list("fields");
        ObjectNode group = groupJson(fields.contains("description") || fields.contains("cover"),
                fields.contains("is_admin"));
        ObjectNode response = NODES.objectNode();
        response.putArray("groups").add(group);
        response.putArray("profiles");
        return response;
    }

    private JsonNode createPoll(Request request) throws VkFault {
        Long owner = request.number("owner_id");
        if (owner != null && owner != -groupId) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: owner_id is invalid");
        }
        String question = request.text("question");
        List<String> answers;
        try {
            answers = Arrays.asList(JSON.readValue(request.text("add_answers"), String[].class));
        } catch (JsonProcessingException notJson) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: add_answers is not a "
                    + "JSON array");
        }
        if (question.isBlank() || answers.isEmpty() || answers.size() > 10
                || answers.stream().anyMatch(String::isBlank)) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: a poll needs a "
                    + "question and 1 to 10 answers");
        }
        Poll poll = new Poll(++lastMediaId, question, answers, request.text("is_anonymous").equals("1"),
                request.text("is_multiple").equals("1"));
        polls.put(poll.id(), poll);
        return pollJson(poll);
    }

    private JsonNode wallUploadServer(Request request) throws VkFault {
        request.requireGroup(groupId);
        ObjectNode response = NODES.objectNode();
        response.put("album_id", WALL_ALBUM);
        response.put("upload_url", uploadBase + "/photo?gid=" + groupId);
        response.put("user_id", ADMIN_ID);
        response.put("group_id", groupId);
        return response;
    }

    private JsonNode saveWallPhoto(Request request) throws VkFault {
        request.requireGroup(groupId);
        Upload upload = photoUploads.remove(request.text("hash"));
        if (upload == null || !request.text("photo").contains(request.text("hash"))
                || !request.text("server").equals("101")) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: photo is undefined");
        }
        ObjectNode photo = NODES.objectNode();
        photo.put("id", ++lastMediaId);
        photo.put("album_id", WALL_ALBUM);
        photo.put("owner_id", -groupId);
        photo.put("user_id", ADMIN_ID);
        photo.put("date", now.getEpochSecond());
        photo.put("has_tags", false);
        photo.put("text", request.text("caption"));
        ObjectNode size = photo.putArray("sizes").addObject();
        size.put("type", "x");
        size.put("width", 604);
        size.put("height", 604);
        size.put("url", "https://sun9-1.userapi.com/fake/" + upload.fileName());
        photos.put(lastMediaId, photo);
        ArrayNode response = NODES.arrayNode();
        response.add(photo);
        return response;
    }

    private JsonNode saveVideo(Request request) throws VkFault {
        request.requireGroup(groupId);
        if (!request.text("wallpost").equals("0")) {
            throw new VkFault(100, "One of the parameters specified was missing or invalid: the fake does not "
                    + "post videos by itself; wallpost=0");
        }
        ObjectNode video = NODES.objectNode();
        video.put("video_id", ++lastMediaId);
        video.put("owner_id", -groupId);
        video.put("title", request.text("name"));
        video.put("description", request.text("description"));
        video.put("access_key", UUID.randomUUID().toString().substring(0, 18));
        video.put("upload_url", uploadBase + "/video?vid=" + lastMediaId);
        videos.put(lastMediaId, video);
        return video;
    }

    // --- upload servers ---------------------------------------------------------------------------------------

    /** Like VK's photo upload server: an empty photo list when the form has no image in the field "photo". */
    synchronized JsonNode uploadPhoto(Upload upload) {
        uploads.add(upload);
        ObjectNode answer = NODES.objectNode();
        answer.put("server", 101);
        String hash = UUID.randomUUID().toString().replace("-", "");
        boolean image = upload.field().equals("photo") && upload.contentType().startsWith("image/")
                && upload.bytes() > 0 && !upload.fileName().isEmpty();
        if (image) {
            photoUploads.put(hash, upload);
        }
        answer.put("photo", image ? "[{\"photo\":\"" + hash + "\",\"sizes\":[]}]" : "[]");
        answer.put("hash", hash);
        return answer;
    }

    synchronized JsonNode uploadVideo(long videoId, Upload upload) {
        uploads.add(upload);
        ObjectNode answer = NODES.objectNode();
        if (!videos.containsKey(videoId) || !upload.field().equals("video_file")
                || !upload.contentType().startsWith("video/") || upload.bytes() == 0) {
            answer.put("error", "invalid file");
            return answer;
        }
        uploadedVideos.add(videoId);
        answer.put("size", upload.bytes());
        answer.put("video_id", videoId);
        answer.put("owner_id", -groupId);
        return answer;
    }

    // --- JSON as VK writes it -------------------------------------------------------------------------------

    private long addComment(long postId, long fromId, String text, Long thread, Long replyTo) {
        long id = ++lastWallId;
        comments.put(id, new Comment(id, postId, fromId, text, now, thread, replyTo, false));
        return id;
    }

    /** The thread's replies still shown; a deleted reply is gone from it until restored. */
    private List<Comment> replies(long commentId) {
        return comments.values().stream().filter(comment -> !comment.deleted()
                && Long.valueOf(commentId).equals(comment.threadOf())).toList();
    }

    /**
     * As VK shows a wall: a deleted comment vanishes, except a top-level one whose thread still has replies, which
     * stays in its place as {@code "deleted": true} without text.
     */
    private boolean shown(Comment comment) {
        return !comment.deleted() || comment.threadOf() == null && !replies(comment.id()).isEmpty();
    }

    private ObjectNode commentJson(Comment comment) {
        ObjectNode json = NODES.objectNode();
        json.put("id", comment.id());
        json.put("from_id", comment.fromId());
        json.put("post_id", comment.postId());
        json.put("owner_id", -groupId);
        json.put("date", comment.date().getEpochSecond());
        json.put("text", comment.deleted() ? "" : comment.text());
        ArrayNode stack = json.putArray("parents_stack");
        if (comment.threadOf() != null) {
            stack.add(comment.threadOf());
        }
        if (comment.replyTo() != null) {
            json.put("reply_to_comment", comment.replyTo());
            json.put("reply_to_user", comments.get(comment.replyTo()) == null ? 0
                    : comments.get(comment.replyTo()).fromId());
        }
        if (comment.deleted()) {
            json.put("deleted", true);
        }
        return json;
    }

    private ObjectNode postJson(Post post) {
        ObjectNode json = NODES.objectNode();
        json.put("inner_type", "wall_wallpost");
        json.put("id", post.id());
        json.put("owner_id", -groupId);
        json.put("from_id", -groupId);
        json.put("created_by", ADMIN_ID);
        json.put("date", post.date().getEpochSecond());
        json.put("text", post.text());
        json.put("post_type", post.delayed() ? "postpone" : "post");
        ArrayNode attachments = json.putArray("attachments");
        post.attachments().forEach(name -> attachmentJson(name).ifPresent(attachments::add));
        ObjectNode commentInfo = json.putObject("comments");
        commentInfo.put("count", comments.values().stream().filter(c -> c.postId() == post.id() && !c.deleted())
                .count());
        commentInfo.put("can_post", 1);
        commentInfo.put("groups_can_post", true);
        json.put("can_edit", 1);
        json.put("can_delete", 1);
        json.put("marked_as_ads", 0);
        return json;
    }

    /** {@code photo-1_2}, {@code video-1_3}, {@code poll-1_4} as a post shows it, if the community has it. */
    private Optional<ObjectNode> attachmentJson(String name) {
        String prefix = name.replaceAll("-?\\d+_\\d+$", "");
        String[] ownerAndId = name.substring(prefix.length()).split("_");
        if (ownerAndId.length != 2 || !ownerAndId[0].equals(String.valueOf(-groupId))) {
            return Optional.empty();
        }
        long id = Long.parseLong(ownerAndId[1]);
        Optional<JsonNode> media = switch (prefix) {
            case "photo" -> Optional.ofNullable(photos.get(id));
            case "video" -> uploadedVideos.contains(id) ? Optional.of(videoJson(videos.get(id))) : Optional.empty();
            case "poll" -> Optional.ofNullable(polls.get(id)).map(this::pollJson);
            default -> Optional.empty();
        };
        return media.map(json -> {
            ObjectNode attachment = NODES.objectNode();
            attachment.put("type", prefix);
            attachment.set(prefix, json);
            return attachment;
        });
    }

    private ObjectNode videoJson(ObjectNode saved) {
        ObjectNode video = NODES.objectNode();
        video.put("id", saved.path("video_id").asLong());
        video.put("owner_id", -groupId);
        video.put("title", saved.path("title").asText());
        video.put("description", saved.path("description").asText());
        video.put("date", now.getEpochSecond());
        return video;
    }

    private ObjectNode pollJson(Poll poll) {
        ObjectNode json = NODES.objectNode();
        json.put("id", poll.id());
        json.put("owner_id", -groupId);
        json.put("author_id", ADMIN_ID);
        json.put("created", now.getEpochSecond());
        json.put("question", poll.question());
        json.put("votes", 0);
        json.put("anonymous", poll.anonymous());
        json.put("multiple", poll.multiple());
        json.put("end_date", 0);
        json.put("closed", false);
        json.put("is_board", false);
        json.put("can_edit", true);
        json.put("can_vote", true);
        json.put("can_report", false);
        json.put("can_share", true);
        json.put("disable_unvote", false);
        ArrayNode answers = json.putArray("answers");
        for (int i = 0; i < poll.answers().size(); i++) {
            ObjectNode answer = answers.addObject();
            answer.put("id", poll.id() * 100 + i);
            answer.put("rate", 0);
            answer.put("text", poll.answers().get(i));
            answer.put("votes", 0);
        }
        return json;
    }

    private ObjectNode groupJson(boolean full, boolean withAdminMark) {
        ObjectNode group = NODES.objectNode();
        group.put("id", groupId);
        group.put("name", name());
        group.put("screen_name", "club" + groupId);
        group.put("is_closed", 0);
        group.put("type", "page");
        group.put("photo_50", "https://sun9-1.userapi.com/fake/avatar_50.jpg");
        group.put("photo_100", "https://sun9-1.userapi.com/fake/avatar_100.jpg");
        group.put("photo_200", "https://sun9-1.userapi.com/fake/avatar_200.jpg");
        if (full) {
            group.put("description", "Официальная страница министерства");
            group.put("verified", 1);
            ObjectNode cover = group.putObject("cover");
            cover.put("enabled", 1);
            ArrayNode images = cover.putArray("images");
            for (int width : new int[] {795, 1590, 400}) {
                ObjectNode image = images.addObject();
                image.put("url", "https://sun9-1.userapi.com/fake/cover_" + width + ".jpg");
                image.put("width", width);
                image.put("height", width / 4);
            }
        }
        if (withAdminMark) {
            group.put("is_admin", adminRights ? 1 : 0);
            if (adminRights) {
                group.put("admin_level", 3);
            }
        }
        return group;
    }

    private ObjectNode person(long id) {
        ObjectNode person = NODES.objectNode();
        person.put("id", id);
        person.put("first_name", FIRST_NAMES.get((int) (id % FIRST_NAMES.size())));
        person.put("last_name", LAST_NAMES.get((int) (id % LAST_NAMES.size())));
        return person;
    }

    private static ObjectNode result(String name, long value) {
        ObjectNode response = NODES.objectNode();
        response.put(name, value);
        return response;
    }

    /** Parameters already checked against the schema, read with VK's defaults. */
    private record Request(Map<String, String> params) {

        String text(String name) {
            return params.getOrDefault(name, "");
        }

        Long number(String name) {
            return params.containsKey(name) ? Long.valueOf(params.get(name)) : null;
        }

        int number(String name, int otherwise) {
            return params.containsKey(name) ? Integer.parseInt(params.get(name)) : otherwise;
        }

        List<String> list(String name) {
            return params.containsKey(name) && !params.get(name).isEmpty() ? List.of(params.get(name).split(","))
                    : List.of();
        }

        void requireOwner(long ownerId) throws VkFault {
            if (!String.valueOf(ownerId).equals(params.get("owner_id"))) {
                throw new VkFault(100, "One of the parameters specified was missing or invalid: owner_id is not "
                        + "the community's wall");
            }
        }

        void requireGroup(long groupId) throws VkFault {
            if (!String.valueOf(groupId).equals(params.get("group_id"))) {
                throw new VkFault(125, "Invalid group id");
            }
        }
    }
}
