package org.socialdesk.ui.moderation;

import java.util.Set;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Who sees the moderation buttons: administrators, the press office and moderators act; editors and auditors
 * read. The queue checks each action against the comment's organisation again; the page only spares the others
 * buttons that would end in a refusal.
 */
final class ModerationRights {

    private static final Set<Role> ACTING = Set.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.MODERATOR);

    private ModerationRights() {
    }

    static boolean mayAct(Caller caller) {
        return caller != null && ACTING.stream().anyMatch(caller::has);
    }
}
