package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.core.model.Format;

/**
 * Posts on a community wall on behalf of the community and proves the post is there.
 *
 * <p>Idempotency rests on VK's {@code guid}: {@code wall.post} with a guid VK has seen returns the earlier post
 * instead of making another. VK keeps guids for a limited time only, so after a long outage the publishing engine
 * asks {@link #find} first, which looks at the wall itself.
 */
final class WallPublisher {

    static final Set<Format> FORMATS = Set.of(Format.TEXT, Format.PHOTO, Format.INFOGRAPHICS, Format.CARDS,
            Format.VIDEO, Format.POLL);

    private final VkApi api;
    private final Attachments attachments;
    private final Clock clock;
    private final int postsSearched;

    /** @param postsSearched how many of the newest posts {@link #find} looks through */
    WallPublisher(VkApi api, Attachments attachments, Clock clock, int postsSearched) {
        this.api = api;
        this.attachments = attachments;
        this.clock = clock;
        this.postsSearched = postsSearched;
    }

    PublishedPost publish(Community community, VkTokens tokens, Publication publication) throws ConnectorException {
        checkContent(publication);
        VkParams post = new VkParams()
                .with("owner_id", community.ownerId())
                .flag("from_group", true)
                .with("message", publication.text())
                .list("attachments", attachments.of(community, tokens, publication))
                .with("guid", publication.idempotencyKey());
        if (publication.publishAt() != null && publication.publishAt().isAfter(clock.instant())) {
            post.with("publish_date", publication.publishAt().getEpochSecond());
        }
        long postId = api.call("wall.post", post, tokens.user()).path("post_id").asLong();
        if (postId <= 0) {
            throw new TransientFailure("VK accepted the post but named no post id");
        }
        JsonNode shown = api.call("wall.getById", new VkParams().list("posts", List.of(community.post(postId))),
                tokens.user()).path("items").path(0);
        if (shown.path("id").asLong() != postId) {
            throw new TransientFailure("VK named post " + community.post(postId) + " but does not show it");
        }
        return published(community, shown);
    }

    /** Looks for the publication among the newest posts by the community, and its delayed posts if it was delayed. */
    Optional<PublishedPost> find(Community community, VkTokens tokens, Publication publication)
            throws ConnectorException {
        List<String> filters = publication.publishAt() == null ? List.of("owner") : List.of("postponed", "owner");
        int attachmentCount = publication.media().size() + (publication.poll() == null ? 0 : 1);
        for (String filter : filters) {
            JsonNode posts = api.call("wall.get", new VkParams().with("domain", community.domain())
                    .with("count", postsSearched).with("filter", filter), tokens.user()).path("items");
            for (JsonNode post : posts) {
                if (post.path("text").asText().equals(publication.text())
                        && post.path("attachments").size() == attachmentCount) {
                    return Optional.of(published(community, post));
                }
            }
        }
        return Optional.empty();
    }

    private static PublishedPost published(Community community, JsonNode post) {
        long postId = post.path("id").asLong();
        return new PublishedPost(String.valueOf(postId), community.postUrl(postId),
                Instant.ofEpochSecond(post.path("date").asLong()));
    }

    private static void checkContent(Publication publication) throws Rejected {
        Format format = publication.format();
        if (!FORMATS.contains(format)) {
            throw new Rejected("the VK connector does not publish " + format);
        }
        boolean images = publication.media().stream().anyMatch(media -> media.mimeType().startsWith("image/"));
        boolean video = publication.media().stream().anyMatch(media -> media.isVideo());
        boolean complete = switch (format) {
            case PHOTO, INFOGRAPHICS, CARDS -> images;
            case VIDEO -> video;
            case POLL -> publication.poll() != null;
            default -> true;
        };
        if (!complete) {
            throw new Rejected("a " + format + " publication without its " + (format == Format.POLL ? "poll"
                    : format == Format.VIDEO ? "video" : "images"));
        }
        if (publication.media().stream().anyMatch(media -> !media.isVideo()
                && !media.mimeType().startsWith("image/"))) {
            throw new Rejected("VK walls take images and videos; other files are not published");
        }
    }
}
