package org.socialdesk.registry.internal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;

class PublicRegistryTest {

    private final TestRegistry data = TestRegistry.withDemoData();
    private final PublicRegistry registry = new PublicRegistry(data.database);

    @Test
    void publishesEveryOrganisationTheGovernmentFirstWithItsActiveAccounts() {
        List<PublishedOrganisation> all = registry.all();
        assertEquals(7, all.size());
        assertEquals("Правительство Алтайского края", all.get(0).name());
        assertEquals(OrganisationKind.GOVERNMENT, all.get(0).kind());
        assertEquals("https://demo.example/pravitelstvo", all.get(0).website());
        assertEquals(List.of(new PublishedAccount("ok", "https://ok.ru/group/demo_pravitelstvo", "Правительство"),
                new PublishedAccount("telegram", "https://t.me/demo_pravitelstvo", "Правительство"),
                new PublishedAccount("vk", "https://vk.com/demo_pravitelstvo", "Правительство")),
                all.get(0).accounts());
        assertTrue(all.stream().allMatch(o -> o.accounts().size() == 3));
    }

    @Test
    void leavesOutPlannedAndArchivedAccountsButKeepsOrganisationsWithoutAccounts() {
        long sport = data.organisation("Министерство спорта", OrganisationKind.EXECUTIVE_BODY, null, null);
        data.account(sport, "vk", "https://vk.com/sport_planned", null, null, AccountState.PLANNED);
        data.account(sport, "ok", "https://ok.ru/sport_archived", null, null, AccountState.ARCHIVED);

        PublishedOrganisation published = registry.organisation(sport).orElseThrow();
        assertEquals(List.of(), published.accounts());
        assertTrue(registry.all().contains(published));
    }

    @Test
    void findsOneOrganisationByIdAndNothingForAnUnknownOne() {
        long health = data.idOf("Минздрав");
        PublishedOrganisation one = registry.organisation(health).orElseThrow();
        assertEquals("Министерство здравоохранения Алтайского края", one.name());
        assertEquals(3, one.accounts().size());
        assertTrue(registry.organisation(987_654).isEmpty());
    }
}
