package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VK's Callback API for every community this bundle reads: one address ({@code <public base>/vk/callback}) for all,
 * the community named by each event's {@code group_id}, and the {@link CommentInbox} its pushed comments wait in.
 * A community is served once its credentials hold {@link CallbackKeys}; the others are read by polling alone.
 *
 * <p>The connector holds no credentials between calls, so a community's secret key and confirmation code are learnt
 * from the comment reads, which the core makes every few seconds; until the first read after the bundle starts, the
 * community's events are refused and VK sends them again later.
 */
final class Callbacks {

    /** The servlet context's path under the HTTP service's root, and the servlet's below it. */
    static final String CONTEXT_PATH = "/vk";
    static final String SERVLET_PATH = "/callback";

    /** The answer to an event for a community whose keys this bundle has not learnt. */
    static final CallbackReceiver.Answer NOT_SERVED = new CallbackReceiver.Answer(404, "no such community here");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Map<Long, CommentInbox> inboxes = new ConcurrentHashMap<>();
    private final Map<Long, Served> served = new ConcurrentHashMap<>();

    private record Served(CallbackKeys keys, CallbackReceiver receiver) {
    }

    /** @param directory where the inboxes are kept; {@code null} outside a framework, where nothing is served */
    Callbacks(Path directory) {
        this.directory = directory;
    }

    /** Serves the community with the keys stored for it now, or stops serving it when none are. */
    void learn(Community community, Optional<CallbackKeys> keys) {
        if (directory == null) {
            return;
        }
        if (keys.isEmpty()) {
            served.remove(community.groupId());
            return;
        }
        served.compute(community.groupId(), (group, known) -> known != null && known.keys().equals(keys.get())
                ? known : new Served(keys.get(), new CallbackReceiver(community, keys.get().confirmationCode(),
                        keys.get().secret(), event -> keep(community, event))));
    }

    /** One event as VK POSTed it. */
    CallbackReceiver.Answer receive(byte[] body) {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (IOException notJson) {
            return CallbackReceiver.Answer.MALFORMED;
        }
        if (event == null || !event.path("group_id").canConvertToLong()) {
            return CallbackReceiver.Answer.MALFORMED;
        }
        Served community = served.get(event.get("group_id").asLong());
        return community == null ? NOT_SERVED : community.receiver().receive(event);
    }

    private CommentInbox inbox(Community community) {
        return inboxes.computeIfAbsent(community.groupId(), group -> CommentInbox.open(file(group), Clock.systemUTC()));
    }

    /**
     * The community's inbox once VK pushed anything, also after its keys were removed from the vault: its comments
     * are still owed.
     */
    Optional<CommentInbox> existingInbox(Community community) {
        boolean kept = directory != null && (inboxes.containsKey(community.groupId())
                || Files.exists(file(community.groupId())));
        return kept ? Optional.of(inbox(community)) : Optional.empty();
    }

    /** Only new comments are kept: SocialDesk's connector SPI has no use for VK's other events yet. */
    private void keep(Community community, CallbackEvent event) {
        if (event instanceof CallbackEvent.CommentArrived arrived) {
            try {
                inbox(community).add(arrived.comment());
            } catch (IOException notKept) {
                // the receiver answers VK that the event was not handled, so VK sends it again
                throw new UncheckedIOException(notKept);
            }
        }
    }

    private Path file(long groupId) {
        return directory.resolve("vk-callback-" + groupId + ".jsonl");
    }
}
