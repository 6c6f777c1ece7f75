package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The updates Telegram pushed to one bot's webhook, kept on disk until a comment read confirms them, so that the reads
 * see exactly what getUpdates would have answered: updates in {@code update_id} order, from the cursor on.
 *
 * <p>Telegram forgets an update once the webhook answered 200, so an update is written and forced to disk before the
 * answer ({@link #add}); a line cut off by a crash was never acknowledged, Telegram sends it again, and loading skips
 * it. A cursor confirms what lies before it ({@link #confirm}), as getUpdates' {@code offset} does; Telegram's
 * repeats of an update already held or confirmed are dropped.
 */
final class WebhookInbox {

    private final Path file;
    private final NavigableMap<Long, JsonNode> updates = new TreeMap<>();
    private long confirmed;

    private WebhookInbox(Path file) {
        this.file = file;
    }

    /** The inbox kept in {@code file}, with the updates it holds from earlier runs. */
    static WebhookInbox open(Path file) {
        WebhookInbox inbox = new WebhookInbox(file);
        if (Files.exists(file)) {
            try {
                boolean cutOff = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode update = parse(line);
                    if (update != null) {
                        inbox.updates.put(update.get("update_id").asLong(), update);
                    } else {
                        cutOff = true;
                    }
                }
                // the next update must not be appended to the remains of a line
                if (cutOff) {
                    inbox.rewrite();
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the Telegram webhook inbox " + file, unreadable);
            }
        }
        return inbox;
    }

    /** Keeps the update durably; a repeat of one held or confirmed is dropped. */
    synchronized void add(JsonNode update) throws IOException {
        long id = update.get("update_id").asLong();
        if (id < confirmed || updates.containsKey(id)) {
            return;
        }
        byte[] line = (update.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(false);
        }
        updates.put(id, update);
        notifyAll();
    }

    /** Forgets every update before {@code offset}: the core holds their comments. */
    synchronized void confirm(long offset) throws IOException {
        confirmed = Math.max(confirmed, offset);
        NavigableMap<Long, JsonNode> read = updates.headMap(offset, false);
        if (read.isEmpty()) {
            return;
        }
        read.clear();
        rewrite();
    }

    /** Replaces the file by the updates held, in one step, so that a crash leaves either the old or the new. */
    private void rewrite() throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        StringBuilder kept = new StringBuilder();
        updates.values().forEach(update -> kept.append(update).append('\n'));
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(kept.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Up to {@code limit} updates from {@code offset} on, waiting up to {@code wait} for the first to arrive. */
    synchronized ArrayNode from(long offset, int limit, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); updates.tailMap(offset, true).isEmpty() && left > 0;
                    left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        ArrayNode answer = BotApi.JSON.createArrayNode();
        updates.tailMap(offset, true).values().stream().limit(limit).forEach(answer::add);
        return answer;
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode update = BotApi.JSON.readTree(line);
            return update != null && update.path("update_id").canConvertToLong() ? update : null;
        } catch (IOException cutOff) {
            return null;
        }
    }
}
