package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.RestrictionRequest;

class RestrictionTermTest {

    @Test
    void termsAreTheDaysTheirNamesSay() {
        assertEquals(Duration.ofDays(1), RestrictionTerm.DAY.duration());
        assertEquals(Duration.ofDays(7), RestrictionTerm.WEEK.duration());
        assertEquals(Duration.ofDays(30), RestrictionTerm.MONTH.duration());
        assertEquals(Duration.ofDays(365), RestrictionTerm.YEAR.duration());
    }

    @Test
    void asLongAsTheNetworkAllowsIsTheServicesNullTerm() {
        RestrictionRequest request = RestrictionTerm.NETWORK_MAXIMUM.request(CommentCategory.SPAM, "");

        assertNull(request.term());
        assertEquals(CommentCategory.SPAM, request.reason());
    }

    @Test
    void aBlankExplanationIsNoneAndATypedOneLosesItsSpaces() {
        assertNull(RestrictionTerm.WEEK.request(CommentCategory.INSULT, "   ").comment());
        assertNull(RestrictionTerm.WEEK.request(CommentCategory.INSULT, null).comment());
        assertEquals("Оскорбления запрещены правилами группы",
                RestrictionTerm.WEEK.request(CommentCategory.INSULT, " Оскорбления запрещены правилами группы\n")
                        .comment());
    }
}
