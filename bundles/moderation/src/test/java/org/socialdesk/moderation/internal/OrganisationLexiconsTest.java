package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.socialdesk.moderation.classifier.Category;
import org.socialdesk.moderation.classifier.RecentTexts;

class OrganisationLexiconsTest {

    private static final String INSULT = "Глава района — дурак";
    private static final String LOAN = "Оформим микрозайм за пять минут";

    @Test
    void anOrganisationsAllowListClearsOnlyItsOwnComments() {
        OrganisationLexicons lexicons = OrganisationLexicons.parse(new String[] {"12:дурак"}, new String[0],
                new RecentTexts(10));

        assertEquals(Category.CLEAN, lexicons.classifier(12).classify(INSULT).category());
        assertEquals(Category.INSULT, lexicons.classifier(13).classify(INSULT).category());
    }

    @Test
    void anOrganisationsDenyListFlagsItsOwnWords() {
        OrganisationLexicons lexicons = OrganisationLexicons.parse(new String[0],
                new String[] {"12:SPAM:микрозайм*"}, new RecentTexts(10));

        assertEquals(Category.SPAM, lexicons.classifier(12).classify(LOAN).category());
        assertEquals(Category.CLEAN, lexicons.classifier(13).classify(LOAN).category());
    }

    @Test
    void entriesForEveryOrganisationAndMalformedOnes() {
        OrganisationLexicons lexicons = OrganisationLexicons.parse(new String[] {"*:дурак", "дурак"},
                new String[] {"*:SPAM:микрозайм*", "12:CLEAN:мир", "12:RUDE:дурак", "x:SPAM:займ"},
                new RecentTexts(10));

        assertEquals(Category.CLEAN, lexicons.classifier(40).classify(INSULT).category());
        assertEquals(Category.SPAM, lexicons.classifier(40).classify(LOAN).category());
        assertSame(lexicons.classifier(40), lexicons.classifier(12), "no valid entry of its own");
    }
}
