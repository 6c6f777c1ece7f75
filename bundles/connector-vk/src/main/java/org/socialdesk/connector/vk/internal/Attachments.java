package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.MultipartForm;

/**
 * Puts a publication's photos, videos and poll on VK and names them as {@code wall.post} attaches them
 * ({@code photo-1_2}, {@code video-1_3}, {@code poll-1_4}).
 *
 * <p>A retried publish uploads its media again: VK's {@code guid} keeps the post single, and the earlier copies
 * stay unused in the community's album.
 */
final class Attachments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VkApi api;

    Attachments(VkApi api) {
        this.api = api;
    }

    List<String> of(Community community, VkTokens tokens, Publication publication) throws ConnectorException {
        List<String> attachments = new ArrayList<>();
        for (Media media : publication.media()) {
            attachments.add(media.isVideo() ? video(community, tokens, media) : photo(community, tokens, media));
        }
        if (publication.poll() != null) {
            attachments.add(poll(community, tokens, publication.poll()));
        }
        return attachments;
    }

    /** photos.getWallUploadServer, then the upload, then photos.saveWallPhoto. */
    private String photo(Community community, VkTokens tokens, Media media) throws ConnectorException {
        String uploadUrl = api.call("photos.getWallUploadServer", new VkParams().with("group_id", community.groupId()),
                tokens.user()).path("upload_url").asText();
        JsonNode uploaded = api.upload(uploadUrl, new MultipartForm().file("photo", media), "photo");
        String photo = uploaded.path("photo").asText("");
        if (photo.isEmpty() || photo.equals("[]")) {
            throw new Rejected("VK's upload server did not take the image " + media.fileName());
        }
        VkParams save = new VkParams().with("group_id", community.groupId()).with("photo", photo)
                .with("server", uploaded.path("server").asLong()).with("hash", uploaded.path("hash").asText());
        if (media.altText() != null && !media.altText().isBlank()) {
            save.with("caption", media.altText());
        }
        JsonNode saved = api.call("photos.saveWallPhoto", save, tokens.user()).path(0);
        if (!saved.has("id")) {
            throw new TransientFailure("VK saved the image " + media.fileName() + " but did not say as what");
        }
        return "photo" + saved.path("owner_id").asLong() + "_" + saved.path("id").asLong();
    }

    /** video.save names an upload address, the upload fills it. */
    private String video(Community community, VkTokens tokens, Media media) throws ConnectorException {
        VkParams save = new VkParams().with("group_id", community.groupId()).with("name", media.fileName())
                .flag("wallpost", false);
        if (media.altText() != null && !media.altText().isBlank()) {
            save.with("description", media.altText());
        }
        JsonNode video = api.call("video.save", save, tokens.user());
        api.upload(video.path("upload_url").asText(), new MultipartForm().file("video_file", media), "video");
        return "video" + video.path("owner_id").asLong() + "_" + video.path("video_id").asLong();
    }

    private String poll(Community community, VkTokens tokens, Poll poll) throws ConnectorException {
        JsonNode created = api.call("polls.create", new VkParams()
                .with("question", poll.question())
                .flag("is_anonymous", poll.anonymous())
                .flag("is_multiple", poll.multipleAnswers())
                .with("owner_id", community.ownerId())
                .with("add_answers", answersJson(poll.options())), tokens.user());
        return "poll" + created.path("owner_id").asLong() + "_" + created.path("id").asLong();
    }

    /** VK takes the answers as a JSON array inside a form parameter. */
    private static String answersJson(List<String> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a list of strings is always JSON", impossible);
        }
    }
}
