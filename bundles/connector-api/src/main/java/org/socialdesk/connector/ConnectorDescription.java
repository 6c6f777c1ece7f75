package org.socialdesk.connector;

import java.util.Objects;
import java.util.Set;
import org.socialdesk.core.model.Format;

/**
 * What a connector can do on its network.
 *
 * @param id               short stable id used in the registry ({@code vk}, {@code ok}, {@code telegram})
 * @param displayName      name shown to users, in the network's own spelling
 * @param formats          publication formats the connector can publish
 * @param actions          moderation actions the network's API allows; the core makes a manual task for others
 * @param nativeScheduling whether the network holds a delayed post itself; otherwise the core's scheduler does
 */
public record ConnectorDescription(String id, String displayName, Set<Format> formats, Set<ModerationAction> actions,
        boolean nativeScheduling, Limits limits) {

    public ConnectorDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        formats = Set.copyOf(formats);
        actions = Set.copyOf(actions);
        Objects.requireNonNull(limits, "limits");
    }

    public boolean supports(ModerationAction action) {
        return actions.contains(action);
    }
}
