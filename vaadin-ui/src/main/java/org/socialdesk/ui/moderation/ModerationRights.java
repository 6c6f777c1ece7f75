package org.socialdesk.ui.moderation;

import java.util.Set;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Who sees the moderation buttons: administrators, the press office and moderators act; editors and auditors
 * read. Editors also keep their organisations' word lists. The services check each action against the
 * organisation again; the page only spares the others buttons that would end in a refusal.
 */
final class ModerationRights {

    private static final Set<Role> ACTING = Set.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.MODERATOR);
    private static final Set<Role> WORD_KEEPERS = Set.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.MODERATOR,
            Role.EDITOR);

    private ModerationRights() {
    }

    static boolean mayAct(Caller caller) {
        return caller != null && ACTING.stream().anyMatch(caller::has);
    }

    /** Whether «Словари организации» is offered; which organisation's lists it may change the service says. */
    static boolean mayKeepWords(Caller caller) {
        return caller != null && WORD_KEEPERS.stream().anyMatch(caller::has);
    }
}
