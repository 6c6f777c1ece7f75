package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Rejected;

/** The group's public card from {@code group.getInfo}; reading it also proves the credentials work. */
final class GroupCard {

    private static final String FIELDS = "uid,name,description,pic_avatar";

    private final OkApi api;

    GroupCard(OkApi api) {
        this.api = api;
    }

    AccountCard read(OkGroup group, OkSession session) throws ConnectorException {
        JsonNode answer = api.call("group.getInfo", new OkParams().with("uids", group.gid()).with("fields", FIELDS),
                session);
        // apiok.ru documents the answer as {"groups": [...]}; older clients read a bare array. Either is accepted.
        JsonNode groups = answer.isArray() ? answer : answer.path("groups");
        for (JsonNode found : groups) {
            if (found.path("uid").asText().equals(group.gid())) {
                return new AccountCard(found.path("name").asText(""), found.path("description").asText(""),
                        found.path("pic_avatar").asText(null), null, false);
            }
        }
        throw new Rejected("OK shows no group " + group.gid() + " to this token");
    }
}
