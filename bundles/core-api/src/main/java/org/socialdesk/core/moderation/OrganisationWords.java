package org.socialdesk.core.moderation;

import java.time.Instant;
import java.util.List;

/**
 * An organisation's own words for the comment classifier (д.10), on top of the shipped lists and those of the
 * configuration. One word or phrase an entry; a word ending in {@code *} stands for every word beginning so.
 *
 * @param version optimistic lock: {@code 0} while the organisation has saved none; a save with a stale version is
 *                refused, so two moderators never overwrite each other
 * @param banned  flagged as insults (the verdict's reasons name the organisation's list)
 * @param allowed never flagged; single words only
 * @param savedAt when they were last saved, or {@code null}
 * @param savedBy who saved them last, or {@code null}
 */
public record OrganisationWords(long organisationId, long version, List<String> banned, List<String> allowed,
        Instant savedAt, String savedBy) {

    public OrganisationWords {
        banned = banned == null ? List.of() : List.copyOf(banned);
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public List<String> list(OrganisationWordList which) {
        return which == OrganisationWordList.BANNED ? banned : allowed;
    }
}
