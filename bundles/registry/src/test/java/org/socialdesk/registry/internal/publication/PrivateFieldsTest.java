package org.socialdesk.registry.internal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;

/**
 * Published: organisation id, name, short name, kind, website; account network, address, title. Nothing else: not
 * the region, the time zone, the demo flag, the responsible persons and their contacts.
 */
class PrivateFieldsTest {

    private final TestRegistry data = TestRegistry.withDemoData();
    private final Publication publication = new Publication(new PublicRegistry(data.database),
            new ChangeClock(Clock.systemUTC()));

    @Test
    void noPrivateFieldAndNoInactiveAccountAppearsInAnyFormat() {
        long body = data.organisation("Министерство тайн", OrganisationKind.EXECUTIVE_BODY, null, "REGION-PRIVATE");
        data.responsiblePerson(body, "PERSON-PRIVATE", "POSITION-PRIVATE", "+7 999 000-11-22", "secret@example.ru");
        data.account(body, "vk", "https://vk.com/public_page", "NETWORK-ID-PRIVATE", "Публичная страница",
                AccountState.ACTIVE);
        data.account(body, "ok", "https://ok.ru/PLANNED-PRIVATE", null, "PLANNED-TITLE", AccountState.PLANNED);
        data.account(body, "vk", "https://vk.com/ARCHIVED-PRIVATE", null, "ARCHIVED-TITLE", AccountState.ARCHIVED);

        for (PublicationFormat format : PublicationFormat.values()) {
            for (String org : new String[] { null, Long.toString(body) }) {
                String text = publication.respond(new PublicationRequest(format, org, null, null)).text();
                for (String secret : List.of("REGION-PRIVATE", "NETWORK-ID-PRIVATE", "PLANNED", "ARCHIVED",
                        "Asia/Barnaul", "Алтайский край", "@demo_", "PERSON-PRIVATE", "POSITION-PRIVATE",
                        "000-11-22", "secret@example.ru")) {
                    assertFalse(text.contains(secret), format + " of " + org + " shows " + secret);
                }
                if (format != PublicationFormat.PAGE) {
                    assertFalse(text.contains("\"demo\""), "the demo flag is not a public field");
                }
            }
        }
    }

    @Test
    void jsonCarriesExactlyThePublicFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(
                publication.respond(new PublicationRequest(PublicationFormat.JSON, null, null, null)).text());
        Set<String> organisationFields = new HashSet<>();
        Set<String> accountFields = new HashSet<>();
        for (JsonNode organisation : root.get("organisations")) {
            organisation.fieldNames().forEachRemaining(organisationFields::add);
            for (JsonNode account : organisation.get("accounts")) {
                account.fieldNames().forEachRemaining(accountFields::add);
            }
        }
        assertEquals(Set.of("id", "name", "shortName", "kind", "website", "accounts"), organisationFields);
        assertEquals(Set.of("network", "url", "title"), accountFields);
    }
}
