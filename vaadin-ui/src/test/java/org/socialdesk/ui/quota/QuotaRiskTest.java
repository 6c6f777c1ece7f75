package org.socialdesk.ui.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/** Who is told that accounts will miss this week's quota, and in which words. */
class QuotaRiskTest {

    private static final IsoWeek WEEK = new IsoWeek(2026, 48);
    private final SocialDeskI18NProvider texts = new SocialDeskI18NProvider();

    @Test
    void countsOnlyTheAccountsAtRiskOfTheWholeScopeOfTheCaller() {
        Caller editor = caller(Role.EDITOR);
        QuotaService service = (caller, organisationId, week) -> {
            assertEquals(editor, caller);
            assertNull(organisationId);
            assertEquals(WEEK, week);
            return List.of(quota(1, QuotaStatus.AT_RISK), quota(2, QuotaStatus.MET), quota(3, QuotaStatus.AT_RISK),
                    quota(4, QuotaStatus.ON_TRACK));
        };
        assertEquals(OptionalInt.of(2), QuotaRisk.atRisk(Optional.of(service), editor, WEEK));
    }

    @Test
    void aStoppedRefusingOrFailingServiceGivesNoCount() {
        Caller editor = caller(Role.EDITOR);
        assertEquals(OptionalInt.empty(), QuotaRisk.atRisk(Optional.empty(), editor, WEEK));
        QuotaService refusing = (caller, organisationId, week) -> {
            throw new AccessDeniedException("no");
        };
        assertEquals(OptionalInt.empty(), QuotaRisk.atRisk(Optional.of(refusing), editor, WEEK));
        QuotaService failing = (caller, organisationId, week) -> {
            throw new IllegalStateException("database down");
        };
        assertEquals(OptionalInt.empty(), QuotaRisk.atRisk(Optional.of(failing), editor, WEEK));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EDITOR", "PRESS_OFFICE", "ADMINISTRATOR"})
    void warnsThoseWhoPlanPublications(Role role) {
        assertEquals("3 аккаунта не выполнят норму публикаций на этой неделе",
                text(caller(role), 3, SocialDeskI18NProvider.RUSSIAN));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MODERATOR", "AUDITOR"})
    void leavesOthersAlone(Role role) {
        assertEquals(Optional.empty(), QuotaRisk.warningKey(caller(role), 3, SocialDeskI18NProvider.RUSSIAN));
    }

    @Test
    void saysNothingWhenNoAccountIsAtRisk() {
        assertEquals(Optional.empty(), QuotaRisk.warningKey(caller(Role.ADMINISTRATOR), 0,
                SocialDeskI18NProvider.RUSSIAN));
    }

    @Test
    void aModeratorWhoIsAlsoAnEditorIsWarned() {
        Caller both = new Caller("both", Map.of(Role.MODERATOR, Set.of(), Role.EDITOR, Set.of(7L)));
        assertEquals("1 аккаунт не выполнит норму публикаций на этой неделе",
                text(both, 1, SocialDeskI18NProvider.RUSSIAN));
    }

    @Test
    void theNounAgreesWithTheNumber() {
        Caller editor = caller(Role.EDITOR);
        Locale russian = SocialDeskI18NProvider.RUSSIAN;
        assertEquals("21 аккаунт не выполнит норму публикаций на этой неделе", text(editor, 21, russian));
        assertEquals("11 аккаунтов не выполнят норму публикаций на этой неделе", text(editor, 11, russian));
        assertEquals("122 аккаунта не выполнят норму публикаций на этой неделе", text(editor, 122, russian));
        assertEquals("1 account will miss its publication quota this week", text(editor, 1, Locale.ENGLISH));
        assertEquals("21 accounts will miss their publication quota this week", text(editor, 21, Locale.ENGLISH));
    }

    private String text(Caller caller, int atRisk, Locale locale) {
        String key = QuotaRisk.warningKey(caller, atRisk, locale).orElseThrow();
        return texts.getTranslation(key, locale, atRisk);
    }

    private static Caller caller(Role role) {
        return new Caller(role.name().toLowerCase(Locale.ROOT), Map.of(role, Set.of()));
    }

    private static AccountQuota quota(long accountId, QuotaStatus status) {
        return new AccountQuota(accountId, 1, "Аккаунт " + accountId, "VK", WEEK, 5, 1, 1, status);
    }
}
