package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

class OutcomesTest {

    private final SocialDeskI18NProvider texts = new SocialDeskI18NProvider();

    @Test
    void eachResultIsCounted() {
        Outcomes outcomes = new Outcomes(List.of(new ActionOutcome(1, Result.DONE, "ok"),
                new ActionOutcome(2, Result.MANUAL_TASK, "OK cannot delete comments"),
                new ActionOutcome(3, Result.DONE, null), new ActionOutcome(4, Result.FAILED, "Access denied")));

        assertEquals(2, outcomes.count(Result.DONE));
        assertEquals(1, outcomes.count(Result.MANUAL_TASK));
        assertEquals(1, outcomes.count(Result.FAILED));
        assertFalse(outcomes.allDone());
    }

    @Test
    void onlyAnActionDoneEverywhereNeedsNoFollowUp() {
        assertTrue(new Outcomes(List.of(new ActionOutcome(1, Result.DONE, null))).allDone());
        assertFalse(new Outcomes(List.of(new ActionOutcome(1, Result.MANUAL_TASK, "x"))).allDone());
        assertFalse(new Outcomes(List.of(new ActionOutcome(1, Result.FAILED, "x"))).allDone());
    }

    @Test
    void aFailureIsToldInRussianWithTheNetworksOwnMessage() {
        String text = texts.getTranslation(Outcomes.key(Result.FAILED), SocialDeskI18NProvider.RUSSIAN,
                Outcomes.message(new ActionOutcome(4, Result.FAILED, " Access denied: no rights ")));

        assertEquals("не удалось, ответ сети: Access denied: no rights", text);
    }

    @Test
    void aManualTaskSaysTheNetworkCannotDoIt() {
        String text = texts.getTranslation(Outcomes.key(Result.MANUAL_TASK), SocialDeskI18NProvider.RUSSIAN,
                Outcomes.message(new ActionOutcome(2, Result.MANUAL_TASK, "OK cannot delete comments")));

        assertEquals("сеть не позволяет сделать это через API, создана ручная задача (OK cannot delete comments)",
                text);
    }

    @Test
    void aNetworkThatSaidNothingGetsADash() {
        assertEquals("—", Outcomes.message(new ActionOutcome(1, Result.DONE, null)));
        assertEquals("—", Outcomes.message(new ActionOutcome(1, Result.DONE, "  ")));
    }
}
