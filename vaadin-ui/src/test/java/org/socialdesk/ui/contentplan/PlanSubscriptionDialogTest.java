package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import org.junit.jupiter.api.Test;

class PlanSubscriptionDialogTest {

    @Test
    void theFeedIsOnThePagesOriginWhateverThePagesPath() throws Exception {
        assertEquals("https://smm.example.gov/calendar/plan.ics?org=42", PlanSubscriptionDialog.feedAddress(
                new URL("https://smm.example.gov/socialdesk/plan?view=week#top"), 42));
        assertEquals("http://localhost:8181/calendar/plan.ics?org=7", PlanSubscriptionDialog.feedAddress(
                new URL("http://localhost:8181/plan"), 7));
    }
}
