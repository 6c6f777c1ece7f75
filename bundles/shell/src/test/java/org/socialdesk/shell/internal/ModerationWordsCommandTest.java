package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.moderation.OrganisationWordsService;
import org.socialdesk.core.moderation.SampleVerdict;
import org.socialdesk.core.moderation.WordListProblem;
import org.socialdesk.core.security.Caller;

class ModerationWordsCommandTest {

    private final Words words = new Words();

    @Test
    void addsAndRemovesEntriesOverTheVersionItRead() {
        words.stored = new OrganisationWords(12, 4, List.of("бюрократище", "микрозайм*"), List.of("Хуйдан"),
                null, null);

        new ModerationWordsCommand(words, 12, List.of("чинуша", "бюрократище"), List.of("Сукко"),
                List.of("микрозайм*")).execute();

        assertEquals(List.of(new OrganisationWords(12, 4, List.of("бюрократище", "чинуша"),
                List.of("Хуйдан", "Сукко"), null, null)), words.saved);
    }

    @Test
    void onlyShowsWithoutChanges() {
        words.stored = new OrganisationWords(12, 0, List.of(), List.of(), null, null);

        new ModerationWordsCommand(words, 12, null, null, null).execute();

        assertEquals(List.of(), words.saved);
    }

    private static final class Words implements OrganisationWordsService {

        OrganisationWords stored;
        final List<OrganisationWords> saved = new ArrayList<>();

        @Override
        public OrganisationWords find(Caller caller, long organisationId) {
            return stored;
        }

        @Override
        public boolean mayEdit(Caller caller, long organisationId) {
            return true;
        }

        @Override
        public OrganisationWords save(Caller caller, OrganisationWords words) {
            saved.add(words);
            return words;
        }

        @Override
        public List<WordListProblem> check(List<String> banned, List<String> allowed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SampleVerdict classify(Caller caller, long organisationId, List<String> banned, List<String> allowed,
                String text) {
            throw new UnsupportedOperationException();
        }
    }
}
