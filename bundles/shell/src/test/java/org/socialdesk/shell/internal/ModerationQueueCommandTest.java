package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.CommentCategory;

class ModerationQueueCommandTest {

    @Test
    void readsACommaSeparatedListOfCategoriesInAnyCase() {
        assertEquals(Set.of(CommentCategory.OBSCENE, CommentCategory.SPAM),
                ModerationQueueCommand.parse("obscene, SPAM,"));
    }

    @Test
    void namesTheCategoriesWhenOneIsUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModerationQueueCommand.parse("OBSCENE,RUDE"));
        assertEquals("unknown category in 'OBSCENE,RUDE'; use [OBSCENE, INSULT, SPAM, POSSIBLY_ILLEGAL, CLEAN]",
                e.getMessage());
    }
}
