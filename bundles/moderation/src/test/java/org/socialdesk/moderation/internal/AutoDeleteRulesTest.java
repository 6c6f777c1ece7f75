package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.CommentCategory;

class AutoDeleteRulesTest {

    @Test
    void offByDefault() {
        assertFalse(AutoDeleteRules.none().deletes(1, CommentCategory.OBSCENE, 1.0));
        assertFalse(AutoDeleteRules.parse(new String[0]).deletes(1, CommentCategory.SPAM, 1.0));
    }

    @Test
    void aRuleHoldsForItsOrganisationCategoryAndConfidence() {
        AutoDeleteRules rules = AutoDeleteRules.parse(new String[] {"12:OBSCENE:0.9", "*:SPAM:0.99"});

        assertTrue(rules.deletes(12, CommentCategory.OBSCENE, 0.9));
        assertFalse(rules.deletes(12, CommentCategory.OBSCENE, 0.89));
        assertFalse(rules.deletes(13, CommentCategory.OBSCENE, 1.0));
        assertFalse(rules.deletes(12, CommentCategory.INSULT, 1.0));
        assertTrue(rules.deletes(13, CommentCategory.SPAM, 0.995));
    }

    @Test
    void aPossibleViolationOfTheLawIsNeverDeletedAutomatically() {
        AutoDeleteRules rules = AutoDeleteRules.parse(new String[] {"*:POSSIBLY_ILLEGAL:0.1", "*:CLEAN:0.1",
                "nonsense", "1:OBSCENE:7"});

        assertFalse(rules.deletes(1, CommentCategory.POSSIBLY_ILLEGAL, 1.0));
        assertFalse(rules.deletes(1, CommentCategory.CLEAN, 1.0));
        assertFalse(rules.deletes(1, CommentCategory.OBSCENE, 1.0));
    }
}
