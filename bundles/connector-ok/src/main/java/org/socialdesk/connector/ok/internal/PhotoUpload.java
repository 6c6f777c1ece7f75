package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.MultipartForm;

/**
 * OK's photo flow for a group topic: {@code photosV2.getUploadUrl} reserves photo ids and names an upload address,
 * the files go there in one multipart POST, and the answer's {@code photos[<photo id>].token} is what the topic's
 * photo block refers to.
 */
final class PhotoUpload {

    private final OkApi api;

    PhotoUpload(OkApi api) {
        this.api = api;
    }

    /** Upload tokens, in the order of the photos. */
    List<String> tokens(OkGroup group, OkSession session, List<Media> photos) throws ConnectorException {
        if (photos.isEmpty()) {
            return List.of();
        }
        JsonNode reserved = api.call("photosV2.getUploadUrl", new OkParams().with("gid", group.gid())
                .with("count", photos.size()), session);
        JsonNode photoIds = reserved.path("photo_ids");
        if (!reserved.path("upload_url").isTextual() || photoIds.size() != photos.size()) {
            throw new TransientFailure("OK reserved " + photoIds.size() + " photo ids for " + photos.size()
                    + " photos, or named no upload address");
        }
        JsonNode uploaded = api.upload(reserved.path("upload_url").asText(), photoForm(photos))
                .path("photos");
        List<String> tokens = new ArrayList<>();
        for (JsonNode photoId : photoIds) {
            JsonNode token = uploaded.path(photoId.asText()).path("token");
            if (!token.isTextual() || token.asText().isEmpty()) {
                throw new TransientFailure("OK's upload server gave no token for photo " + photoId.asText());
            }
            tokens.add(token.asText());
        }
        return tokens;
    }

    /** OK's upload server takes the photos as {@code pic1}, {@code pic2}, … */
    private static MultipartForm photoForm(List<Media> photos) {
        MultipartForm form = new MultipartForm();
        for (int i = 0; i < photos.size(); i++) {
            form.file("pic" + (i + 1), photos.get(i));
        }
        return form;
    }
}
