package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/** Texts the page builds from values rather than literals, which the key scan of the sources cannot see. */
class ModerationTextsTest {

    @Test
    void everyCategoryStatusTermOutcomeAndTaskHasATextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (CommentCategory category : CommentCategory.values()) {
            keys.add(EnumKeys.of(category));
        }
        for (CommentStatus status : CommentStatus.values()) {
            keys.add(EnumKeys.of(status));
        }
        for (RestrictionTerm term : RestrictionTerm.values()) {
            keys.add(term.key());
        }
        for (ActionOutcome.Result result : ActionOutcome.Result.values()) {
            keys.add(Outcomes.key(result));
        }
        for (String action : List.of("DELETE_COMMENT", "RESTRICT_USER", "LIFT_RESTRICTION", "REPLY")) {
            keys.add(ManualTasksPanel.actionKey(action));
        }
        SocialDeskI18NProvider texts = new SocialDeskI18NProvider();
        for (Locale locale : SocialDeskI18NProvider.LOCALES) {
            // the provider shows a missing key as !key!
            keys.forEach(key -> assertFalse(texts.getTranslation(key, locale).startsWith("!"),
                    key + " missing for " + locale));
        }
    }

    @Test
    void anUnknownTaskActionIsShownAsTheQueueNamesIt() {
        assertNull(ManualTasksPanel.actionKey("HIDE_COMMENT"));
    }

    @Test
    void theBadgeSaysCategoryAndConfidenceInPercent() {
        assertEquals("мат · 97 %", new SocialDeskI18NProvider().getTranslation("moderation.badge",
                SocialDeskI18NProvider.RUSSIAN, "мат", CategoryBadge.percent(0.966)));
        assertEquals(100, CategoryBadge.percent(1.2));
        assertEquals(0, CategoryBadge.percent(-0.1));
    }

    @Test
    void moderatorsThePressOfficeAndAdministratorsActEditorsAndAuditorsRead() {
        assertTrue(ModerationRights.mayAct(caller(Role.MODERATOR)));
        assertTrue(ModerationRights.mayAct(caller(Role.PRESS_OFFICE)));
        assertTrue(ModerationRights.mayAct(Caller.SYSTEM));
        assertFalse(ModerationRights.mayAct(caller(Role.EDITOR)));
        assertFalse(ModerationRights.mayAct(caller(Role.AUDITOR)));
        assertFalse(ModerationRights.mayAct(null));
    }

    private static Caller caller(Role role) {
        return new Caller("someone", Map.of(role, Set.of(3L)));
    }
}
