package org.socialdesk.moderation.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * Who may do what in the moderation queue (д.10). Administrators, the press office and the organisation's
 * moderators act on its comments. Auditors read everything and change nothing. An editor reads its organisations'
 * queue, because it answers citizens there, and may send a reply template the press office approved; deleting
 * and restricting stay with moderators. The organisation's own banned and allowed words are changed by those who
 * act and by its editors, who know its place names and its audience's words as well as its moderators do.
 */
final class ModerationRights {

    private static final Set<Role> READERS = EnumSet.allOf(Role.class);
    private static final Set<Role> ACTORS = EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.MODERATOR);
    private static final Set<Role> WORD_KEEPERS = EnumSet.of(Role.ADMINISTRATOR, Role.PRESS_OFFICE, Role.MODERATOR,
            Role.EDITOR);

    private ModerationRights() {
    }

    /** The organisations whose queue the caller may read, or empty when it may read every one. */
    static Optional<Set<Long>> readable(Caller caller) {
        Set<Long> ids = new HashSet<>();
        for (var grant : caller.roles().entrySet()) {
            if (READERS.contains(grant.getKey())) {
                if (grant.getValue().isEmpty()) {
                    return Optional.empty();
                }
                ids.addAll(grant.getValue());
            }
        }
        return Optional.of(ids);
    }

    static void requireRead(Caller caller, long organisationId) {
        if (!readable(caller).map(ids -> ids.contains(organisationId)).orElse(true)) {
            throw new AccessDeniedException(caller.username() + " may not see the moderation queue of organisation "
                    + organisationId);
        }
    }

    static boolean mayAct(Caller caller, long organisationId) {
        return ACTORS.stream().anyMatch(role -> caller.has(role, organisationId));
    }

    static void requireAct(Caller caller, long organisationId) {
        if (!mayAct(caller, organisationId)) {
            throw new AccessDeniedException(caller.username() + " may not moderate the comments of organisation "
                    + organisationId);
        }
    }

    static boolean mayEditWords(Caller caller, long organisationId) {
        return WORD_KEEPERS.stream().anyMatch(role -> caller.has(role, organisationId));
    }

    static void requireEditWords(Caller caller, long organisationId) {
        if (!mayEditWords(caller, organisationId)) {
            throw new AccessDeniedException(caller.username() + " may not change the word lists of organisation "
                    + organisationId);
        }
    }

    static void requireReply(Caller caller, long organisationId) {
        if (!mayAct(caller, organisationId) && !caller.has(Role.EDITOR, organisationId)) {
            throw new AccessDeniedException(caller.username() + " may not reply on behalf of organisation "
                    + organisationId);
        }
    }
}
