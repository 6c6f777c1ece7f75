package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.core.model.Format;

/**
 * Posts group topics with {@code mediatopic.post} (type GROUP_THEME) and proves each is there by reading it back
 * with {@code mediatopic.getByIds}.
 *
 * <p>OK keeps no idempotency key, so the publisher remembers, for the life of the bundle, which topic each key made.
 * When a post's answer was lost (a {@link TransientFailure} after the request left), the key is marked uncertain and
 * the next publish with it first looks for the topic among the group's newest ones by its text
 * ({@code mediatopic.getTopics}), so that it does not post twice. After a restart the memory is gone and the core's
 * own {@link #find} covers the same ground.
 */
final class TopicPublisher {

    static final Set<Format> FORMATS = Set.of(Format.TEXT, Format.PHOTO, Format.INFOGRAPHICS, Format.CARDS,
            Format.POLL);

    private final OkApi api;
    private final PhotoUpload photos;
    private final Clock clock;
    private final int topicsSearched;
    private final Map<String, String> topicByKey = new ConcurrentHashMap<>();
    private final Set<String> uncertainKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();

    TopicPublisher(OkApi api, PhotoUpload photos, Clock clock, int topicsSearched) {
        this.api = api;
        this.photos = photos;
        this.clock = clock;
        this.topicsSearched = topicsSearched;
    }

    PublishedPost publish(OkGroup group, OkSession session, Publication publication) throws ConnectorException {
        checkContent(publication);
        String key = publication.idempotencyKey();
        synchronized (keyLocks.computeIfAbsent(key, k -> new Object())) {
            String made = topicByKey.get(key);
            if (made != null) {
                return readBack(group, session, made).orElseThrow(() -> new TransientFailure("OK does not show "
                        + "topic " + made + " this connector made for the publication"));
            }
            if (uncertainKeys.contains(key)) {
                Optional<PublishedPost> lost = find(group, session, publication);
                if (lost.isPresent()) {
                    return lost.get();
                }
            }
            List<String> tokens = photos.tokens(group, session, publication.media());
            OkParams post = new OkParams().with("type", "GROUP_THEME").with("gid", group.gid())
                    .with("attachment", TopicContent.attachment(publication, tokens));
            JsonNode answer;
            try {
                answer = api.call("mediatopic.post", post, session);
            } catch (TransientFailure lost) {
                uncertainKeys.add(key);
                throw lost;
            }
            String topicId = answer.asText("");
            if (!topicId.matches("[0-9]+")) {
                uncertainKeys.add(key);
                throw new TransientFailure("OK accepted the topic but named no topic id");
            }
            topicByKey.put(key, topicId);
            uncertainKeys.remove(key);
            return readBack(group, session, topicId).orElseThrow(() -> new TransientFailure("OK named topic "
                    + topicId + " but does not show it"));
        }
    }

    /**
     * The topic this connector made for the key, read back; or, when nothing is remembered (a restart) or the last
     * answer was lost, a topic among the group's newest with exactly the publication's text that no other key made.
     */
    Optional<PublishedPost> find(OkGroup group, OkSession session, Publication publication)
            throws ConnectorException {
        String key = publication.idempotencyKey();
        String made = topicByKey.get(key);
        if (made != null) {
            return readBack(group, session, made);
        }
        JsonNode topics = api.call("mediatopic.getTopics", new OkParams().with("gid", group.gid())
                .with("count", topicsSearched), session).path("media_topics");
        for (JsonNode topic : topics) {
            String topicId = topic.path("id").asText();
            if (text(topic).equals(publication.text()) && !topicByKey.containsValue(topicId)) {
                topicByKey.put(key, topicId);
                uncertainKeys.remove(key);
                return Optional.of(published(group, topic));
            }
        }
        return Optional.empty();
    }

    private Optional<PublishedPost> readBack(OkGroup group, OkSession session, String topicId)
            throws ConnectorException {
        JsonNode topics = api.call("mediatopic.getByIds", new OkParams().with("topic_ids", topicId)
                .with("fields", "media_topic.*"), session).path("media_topics");
        for (JsonNode topic : topics) {
            if (topic.path("id").asText().equals(topicId)) {
                return Optional.of(published(group, topic));
            }
        }
        return Optional.empty();
    }

    private static PublishedPost published(OkGroup group, JsonNode topic) {
        String topicId = topic.path("id").asText();
        return new PublishedPost(topicId, group.topicUrl(topicId), Instant.ofEpochMilli(topic.path("created_ms")
                .asLong()));
    }

    /** The topic's text as this connector writes it: its text blocks, in order. */
    private static String text(JsonNode topic) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : topic.path("media")) {
            if (block.path("type").asText().equals("text")) {
                text.append(block.path("text").asText());
            }
        }
        return text.toString();
    }

    private void checkContent(Publication publication) throws Rejected {
        Format format = publication.format();
        if (!FORMATS.contains(format)) {
            throw new Rejected("the OK connector does not publish " + format + " (OK's video upload and live "
                    + "streams are not implemented)");
        }
        if (publication.publishAt() != null && publication.publishAt().isAfter(clock.instant())) {
            throw new Rejected("the OK connector does not schedule; the core's scheduler holds the post until "
                    + publication.publishAt());
        }
        if (publication.media().stream().map(Media::mimeType).anyMatch(type -> !type.startsWith("image/"))) {
            throw new Rejected("OK group topics here take photos only; other files are not published");
        }
        boolean complete = switch (format) {
            case PHOTO, INFOGRAPHICS, CARDS -> !publication.media().isEmpty();
            case POLL -> publication.poll() != null;
            default -> true;
        };
        if (!complete) {
            throw new Rejected("a " + format + " publication without its " + (format == Format.POLL ? "poll"
                    : "photos"));
        }
    }
}
