package org.socialdesk.connector.vk.internal;

import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Rejected;

/** A VK community (group, public page or event), known by its positive id; its wall's owner id is negative. */
record Community(long groupId) {

    /**
     * Reads the community's id from the registry's account: {@code 123}, {@code -123}, {@code club123} and
     * {@code public123} all name community 123. Screen names are not resolved: the registry records the id.
     */
    static Community of(NetworkAccount account) throws Rejected {
        String id = account.networkId().trim().replaceFirst("^(club|public|event|-)", "");
        try {
            long groupId = Long.parseLong(id);
            if (groupId > 0) {
                return new Community(groupId);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with what was given
        }
        throw new Rejected("'" + account.networkId() + "' is not a VK community id; the registry needs its number, "
                + "e.g. 123456 for vk.com/club123456");
    }

    long ownerId() {
        return -groupId;
    }

    /** The community's address as VK's {@code domain} parameters take it. */
    String domain() {
        return "club" + groupId;
    }

    /** A post as {@code wall.getById} names it. */
    String post(long postId) {
        return ownerId() + "_" + postId;
    }

    String postUrl(long postId) {
        return "https://vk.com/wall" + post(postId);
    }

    String commentUrl(long postId, long commentId) {
        return postUrl(postId) + "?reply=" + commentId;
    }
}
