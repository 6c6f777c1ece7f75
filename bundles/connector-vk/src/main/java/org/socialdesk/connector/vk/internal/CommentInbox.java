package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkComment;

/**
 * The comments VK's Callback API pushed for one community, kept on disk until a comment read confirms them, each
 * with its arrival number ({@code seq}): the arrival time in milliseconds, raised where needed to stay above the
 * previous one, so that it keeps rising even when the file is lost with the bundle's data area (the bundle
 * reinstalled) while the core still holds a cursor naming an earlier number.
 *
 * <p>VK forgets an event once the answer {@code ok} came, so a comment is written and forced to disk before that
 * answer ({@link #add}); a line cut off by a crash was never acknowledged, VK sends the event again, and loading skips
 * the line. A confirmed comment is remembered by id, without its text, so that VK's repeat of an event (after a lost
 * answer, or from before a restart) is not taken for a new comment.
 */
final class CommentInbox {

    /** Ids of confirmed comments kept against VK's repeats, which come within minutes, not thousands of comments. */
    static final int CONFIRMED_REMEMBERED = 10_000;

    /** A comment waiting for a read. */
    record Held(long seq, NetworkComment comment) {

        long id() {
            return Long.parseLong(comment.ref().commentId());
        }

        long postId() {
            return Long.parseLong(comment.ref().postId());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    /** Held comments by arrival number. */
    private final NavigableMap<Long, Held> held = new TreeMap<>();
    /** Confirmed comment ids by arrival number. */
    private final NavigableMap<Long, Long> confirmed = new TreeMap<>();
    private final Map<Long, Long> seqById = new HashMap<>();
    private long lastSeq;

    private CommentInbox(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The inbox kept in {@code file}, with what it holds from earlier runs. */
    static CommentInbox open(Path file, Clock clock) {
        CommentInbox inbox = new CommentInbox(file, clock);
        if (Files.exists(file)) {
            try {
                boolean cutOff = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    cutOff |= !inbox.load(line);
                }
                // the next comment must not be appended to the remains of a line
                if (cutOff) {
                    inbox.rewrite();
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the VK callback inbox " + file, unreadable);
            }
        }
        return inbox;
    }

    /** Keeps the comment durably; a repeat of one held or confirmed is dropped. */
    synchronized void add(NetworkComment comment) throws IOException {
        long id = Long.parseLong(comment.ref().commentId());
        if (seqById.containsKey(id)) {
            return;
        }
        Held arrived = new Held(Math.max(lastSeq + 1, clock.millis()), comment);
        byte[] line = (heldLine(arrived) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(false);
        }
        keep(arrived);
    }

    /**
     * Takes what a cursor says the core holds: every comment that arrived by {@code cursor.lastPushedSeen()} and
     * whose id is not beyond {@code cursor.lastDelivered()} was delivered, or was read by polling.
     */
    synchronized void confirm(CommentCursor cursor) throws IOException {
        List<Held> done = held.headMap(cursor.lastPushedSeen(), true).values().stream()
                .filter(comment -> comment.id() <= cursor.lastDelivered()).toList();
        if (done.isEmpty()) {
            return;
        }
        done.forEach(comment -> {
            held.remove(comment.seq());
            confirmed.put(comment.seq(), comment.id());
        });
        while (confirmed.size() > CONFIRMED_REMEMBERED) {
            seqById.remove(confirmed.pollFirstEntry().getValue());
        }
        rewrite();
    }

    /** The comments held, in the order they arrived. */
    synchronized List<Held> held() {
        return new ArrayList<>(held.values());
    }

    private void keep(Held comment) {
        held.put(comment.seq(), comment);
        seqById.put(comment.id(), comment.seq());
        lastSeq = Math.max(lastSeq, comment.seq());
    }

    /** @return false for a line a crash cut off */
    private boolean load(String line) {
        JsonNode entry;
        try {
            entry = JSON.readTree(line);
        } catch (IOException cutOff) {
            return false;
        }
        if (entry == null || !entry.path("seq").canConvertToLong() || !entry.path("comment_id").canConvertToLong()) {
            return false;
        }
        long seq = entry.get("seq").asLong();
        long id = entry.get("comment_id").asLong();
        if (entry.has("text")) {
            keep(new Held(seq, comment(entry)));
        } else {
            confirmed.put(seq, id);
            seqById.put(id, seq);
            lastSeq = Math.max(lastSeq, seq);
        }
        return true;
    }

    /** Replaces the file by what is kept, in one step, so that a crash leaves either the old or the new. */
    private void rewrite() throws IOException {
        NavigableMap<Long, String> lines = new TreeMap<>();
        confirmed.forEach((seq, id) -> lines.put(seq, JSON.createObjectNode().put("seq", seq).put("comment_id", id)
                .toString()));
        held.values().forEach(comment -> lines.put(comment.seq(), heldLine(comment)));
        StringBuilder kept = new StringBuilder();
        lines.values().forEach(line -> kept.append(line).append('\n'));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(kept.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String heldLine(Held held) {
        NetworkComment comment = held.comment();
        ObjectNode line = JSON.createObjectNode().put("seq", held.seq())
                .put("comment_id", Long.parseLong(comment.ref().commentId()))
                .put("post_id", comment.ref().postId())
                .put("author_id", comment.authorId())
                .put("author_name", comment.authorName())
                .put("text", comment.text())
                .put("date", comment.createdAt().getEpochSecond())
                .put("reply_to", comment.replyTo())
                .put("url", comment.url());
        return line.toString();
    }

    private static NetworkComment comment(JsonNode line) {
        return new NetworkComment(new CommentRef(line.path("post_id").asText(), line.path("comment_id").asText()),
                line.path("author_id").asText(), line.path("author_name").textValue(), line.path("text").asText(),
                Instant.ofEpochSecond(line.path("date").asLong()), line.path("reply_to").textValue(),
                line.path("url").textValue());
    }
}
