package org.socialdesk.core.moderation;

import java.util.List;
import org.socialdesk.core.security.Caller;

/**
 * An organisation's own banned and allowed words for the comment classifier (д.10). Everyone who may read an
 * organisation's moderation queue reads them; administrators, the press office and the organisation's moderators
 * and editors change them. A save is audited with what was added and removed and applies to the next comment read
 * from the organisation's accounts.
 *
 * @throws org.socialdesk.core.security.AccessDeniedException from every method with a caller who may not do it
 */
public interface OrganisationWordsService {

    /** The longest entry, in characters. */
    int MAX_ENTRY_LENGTH = 60;
    /** The most entries one list holds. */
    int MAX_ENTRIES = 300;
    /** The fewest letters before a closing {@code *}: a shorter beginning would match too many words. */
    int MIN_STEM = 4;

    /** The organisation's words; version 0 and empty lists while it has saved none. */
    OrganisationWords find(Caller caller, long organisationId);

    boolean mayEdit(Caller caller, long organisationId);

    /**
     * Replaces the organisation's lists with {@code words}' (blank lines count as mistakes).
     *
     * @throws WordListException     when an entry is wrong; see {@link #check}
     * @throws WordsChangedException when {@code words.version()} is not the stored version
     */
    OrganisationWords save(Caller caller, OrganisationWords words);

    /** The mistakes in the lists, in list and line order; empty when they can be saved. */
    List<WordListProblem> check(List<String> banned, List<String> allowed);

    /**
     * The classifier's verdict on {@code text} as it would be with these lists instead of the organisation's saved
     * ones (entries with mistakes are left out), for trying them before saving.
     */
    SampleVerdict classify(Caller caller, long organisationId, List<String> banned, List<String> allowed,
            String text);
}
