package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Rejected;

/** The community as VK shows it, read with the user token so that the read also proves the token can manage it. */
final class CommunityCard {

    private final VkApi api;

    CommunityCard(VkApi api) {
        this.api = api;
    }

    AccountCard read(Community community, VkTokens tokens) throws ConnectorException {
        JsonNode group = api.call("groups.getById", new VkParams().with("group_id", community.groupId())
                .list("fields", List.of("description", "cover", "verified", "is_admin")), tokens.user())
                .path("groups").path(0);
        if (group.path("id").asLong() != community.groupId()) {
            throw new Rejected("VK shows no community " + community.groupId());
        }
        if (group.path("is_admin").asInt() != 1) {
            throw new AuthFailure("the token's user is not an administrator of vk.com/" + community.domain()
                    + ", so nothing can be published or moderated there");
        }
        return new AccountCard(group.path("name").asText(), group.path("description").asText(""),
                textOrNull(group.path("photo_200")), cover(group.path("cover")),
                group.path("verified").asInt() == 1);
    }

    /** The widest image of an enabled cover. */
    private static String cover(JsonNode cover) {
        if (cover.path("enabled").asInt() != 1) {
            return null;
        }
        JsonNode widest = null;
        for (JsonNode image : cover.path("images")) {
            if (widest == null || image.path("width").asInt() > widest.path("width").asInt()) {
                widest = image;
            }
        }
        return widest == null ? null : textOrNull(widest.path("url"));
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
