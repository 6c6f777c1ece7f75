package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;

class QueueNamesTest {

    private final List<Long> lookedUp = new ArrayList<>();
    private final QueueNames names = new QueueNames(id -> {
        lookedUp.add(id);
        return id == 5 ? "Минцифры ВКонтакте" : null;
    });

    @Test
    void timesAreInTheOrganisationsZoneAndBarnaulForAnUnknownOne() {
        names.reset(List.of(new Organisation(1L, "Администрация города", null, OrganisationKind.MUNICIPALITY, null,
                null, null, ZoneId.of("Europe/Moscow"), false)));
        Instant noonUtc = Instant.parse("2026-03-01T12:00:00Z");

        assertEquals("01.03.2026 15:00", names.time(1, noonUtc));
        assertEquals("01.03.2026 19:00", names.time(2, noonUtc));
        assertEquals("", names.time(1, null));
    }

    @Test
    void organisationsAreNamedShortestAndUnknownOnesByNumber() {
        names.reset(List.of(new Organisation(1L, "Министерство цифрового развития", "Минцифры",
                OrganisationKind.EXECUTIVE_BODY, null, null, null, null, false)));

        assertEquals("Минцифры", names.organisation(1));
        assertEquals("#9", names.organisation(9));
    }

    @Test
    void anAccountIsLookedUpOnceAndAnUnreadableOneShowsItsNumber() {
        assertEquals("Минцифры ВКонтакте", names.account(5));
        assertEquals("Минцифры ВКонтакте", names.account(5));
        assertEquals("#6", names.account(6));
        assertEquals(List.of(5L, 6L), lookedUp);
    }

    @Test
    void accountsReadForTheFilterNeedNoLookUpAndAResetForgetsThem() {
        names.remember(List.of(new Account(7L, 1, "vk", "https://vk.com/club7", "club7", "Группа", null, false)));

        assertEquals("Группа", names.account(7));
        assertEquals(List.of(), lookedUp);

        names.reset(List.of());
        assertEquals("#7", names.account(7));
        assertEquals(List.of(7L), lookedUp);
    }
}
