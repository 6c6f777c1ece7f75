package org.socialdesk.connector.ok.internal;

import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Rejected;

/** An OK group, known by its numeric id ({@code gid}). */
record OkGroup(String gid) {

    /** Reads the group id from the registry's account: {@code 55348644610059} or {@code group/55348644610059}. */
    static OkGroup of(NetworkAccount account) throws Rejected {
        String id = account.networkId().trim().replaceFirst("^(https?://ok\\.ru/)?group/", "");
        if (!id.matches("[0-9]{1,20}")) {
            throw new Rejected("'" + account.networkId() + "' is not an OK group id; the registry needs its "
                    + "number, e.g. 55348644610059 for ok.ru/group/55348644610059");
        }
        return new OkGroup(id);
    }

    String topicUrl(String topicId) {
        return "https://ok.ru/group/" + gid + "/topic/" + topicId;
    }
}
