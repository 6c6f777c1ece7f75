package org.socialdesk.registry.internal.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.persistence.SettableClock;

class PublicationTest {

    private static final Instant START = Instant.parse("2026-03-02T09:15:30.250Z");

    private final TestRegistry data = TestRegistry.withDemoData();
    private final SettableClock clock = new SettableClock(START);
    private final Publication publication = new Publication(new PublicRegistry(data.database),
            new ChangeClock(clock));

    @Test
    void answersEachFormatWithItsTypeAndHeaders() {
        PublicationResponse page = get(PublicationFormat.PAGE, null);
        assertEquals(200, page.status());
        assertEquals("text/html; charset=UTF-8", page.headers().get("Content-Type"));
        assertTrue(page.headers().get("Content-Security-Policy").endsWith("frame-ancestors *"));
        assertFalse(page.headers().containsKey("X-Frame-Options"));
        assertFalse(page.headers().containsKey("Access-Control-Allow-Origin"));

        PublicationResponse json = get(PublicationFormat.JSON, null);
        assertEquals("application/json; charset=UTF-8", json.headers().get("Content-Type"));
        assertEquals("*", json.headers().get("Access-Control-Allow-Origin"));

        PublicationResponse csv = get(PublicationFormat.CSV, null);
        assertEquals("text/csv; charset=UTF-8; header=present", csv.headers().get("Content-Type"));
        assertEquals("*", csv.headers().get("Access-Control-Allow-Origin"));
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                Arrays.copyOf(csv.body(), 3));

        for (PublicationResponse response : new PublicationResponse[] { page, json, csv }) {
            assertEquals("nosniff", response.headers().get("X-Content-Type-Options"));
            assertEquals("public, max-age=60", response.headers().get("Cache-Control"));
            assertEquals("Mon, 02 Mar 2026 09:15:30 GMT", response.headers().get("Last-Modified"));
            assertTrue(response.headers().get("ETag").matches("\"[A-Za-z0-9_-]{43}\""));
        }
    }

    @Test
    void filtersByOrganisation() {
        long health = data.idOf("Минздрав");
        String json = get(PublicationFormat.JSON, Long.toString(health)).text();
        assertTrue(json.startsWith("{\"organisations\":[{\"id\":" + health + ",\"name\":\"Министерство здравоохранения"));
        assertFalse(json.contains("Правительство"));
        String csv = get(PublicationFormat.CSV, Long.toString(health)).text();
        assertEquals(4, csv.split("\r\n").length, "the header and three accounts");
        assertTrue(get(PublicationFormat.PAGE, Long.toString(health)).text().contains("demo_minzdrav"));
        assertNotEquals(get(PublicationFormat.JSON, null).headers().get("ETag"),
                get(PublicationFormat.JSON, Long.toString(health)).headers().get("ETag"));
    }

    @Test
    void refusesMalformedAndUnknownOrganisationsInPlainWords() {
        for (String malformed : new String[] { "", "abc", "-1", "+5", "1.0", "12345678901234567890", "1 OR 1=1" }) {
            PublicationResponse response = get(PublicationFormat.JSON, malformed);
            assertEquals(400, response.status(), malformed);
            assertEquals("The org parameter must be an organisation id.\n", response.text());
            assertEquals("text/plain; charset=UTF-8", response.headers().get("Content-Type"));
            assertEquals("no-store", response.headers().get("Cache-Control"));
            assertFalse(response.headers().containsKey("ETag"));
        }
        PublicationResponse unknown = get(PublicationFormat.PAGE, "424242");
        assertEquals(404, unknown.status());
        assertEquals("There is no organisation 424242.\n", unknown.text());
        assertEquals("nosniff", unknown.headers().get("X-Content-Type-Options"));
    }

    @Test
    void entityTagIsStableWhileTheRegistryIsUnchanged() {
        PublicationResponse first = get(PublicationFormat.JSON, null);
        clock.advance(Duration.ofMinutes(5));
        PublicationResponse second = get(PublicationFormat.JSON, null);
        assertEquals(first.headers().get("ETag"), second.headers().get("ETag"));
        assertEquals(first.headers().get("Last-Modified"), second.headers().get("Last-Modified"));
        assertEquals(Validators.entityTag(first.body()), first.headers().get("ETag"));
        assertEquals(first.headers().get("ETag"),
                new Publication(new PublicRegistry(data.database), new ChangeClock(clock))
                        .respond(new PublicationRequest(PublicationFormat.JSON, null, null, null)).headers().get("ETag"),
                "the tag depends on the content only, not on the server's memory");
    }

    @Test
    void aChangeIsVisibleAtOnceWithANewTagAndDate() {
        long health = data.idOf("Минздрав");
        PublicationResponse before = get(PublicationFormat.JSON, null);
        PublicationResponse otherBefore = get(PublicationFormat.JSON, Long.toString(data.idOf("Минкультуры")));
        clock.advance(Duration.ofMinutes(5));
        data.account(health, "max", "https://max.ru/minzdrav", null, "Минздрав в MAX", AccountState.ACTIVE);

        PublicationResponse after = get(PublicationFormat.JSON, null);
        assertTrue(after.text().contains("https://max.ru/minzdrav"));
        assertNotEquals(before.headers().get("ETag"), after.headers().get("ETag"));
        assertEquals("Mon, 02 Mar 2026 09:20:30 GMT", after.headers().get("Last-Modified"));
        assertEquals(200, get(PublicationFormat.JSON, null, before.headers().get("ETag"), null).status());

        PublicationResponse otherAfter = get(PublicationFormat.JSON, Long.toString(data.idOf("Минкультуры")));
        assertEquals(otherBefore.headers().get("Last-Modified"), otherAfter.headers().get("Last-Modified"),
                "an organisation that did not change keeps its date");
    }

    @Test
    void aRetitledAccountChangesThePage() {
        long sport = data.organisation("Министерство спорта", OrganisationKind.EXECUTIVE_BODY,
                null, null);
        long account = data.account(sport, "vk", "https://vk.com/sport", null, "Спорт", AccountState.ACTIVE);
        PublicationResponse before = get(PublicationFormat.PAGE, Long.toString(sport));
        data.retitle(account, "Спорт Алтая");
        PublicationResponse after = get(PublicationFormat.PAGE, Long.toString(sport), before.headers().get("ETag"),
                null);
        assertEquals(200, after.status());
        assertTrue(after.text().contains("Спорт Алтая"));
    }

    @Test
    void answersNotModifiedToAClientWithTheCurrentTag() {
        PublicationResponse full = get(PublicationFormat.CSV, null);
        String tag = full.headers().get("ETag");
        for (String ifNoneMatch : new String[] { tag, "W/" + tag, "\"other\", " + tag, "*" }) {
            PublicationResponse notModified = get(PublicationFormat.CSV, null, ifNoneMatch, null);
            assertEquals(304, notModified.status(), ifNoneMatch);
            assertEquals(0, notModified.body().length);
            assertEquals(tag, notModified.headers().get("ETag"));
            assertEquals("public, max-age=60", notModified.headers().get("Cache-Control"));
            assertEquals(full.headers().get("Last-Modified"), notModified.headers().get("Last-Modified"));
        }
        assertEquals(200, get(PublicationFormat.CSV, null, "\"other\"", null).status());
    }

    @Test
    void answersNotModifiedToAClientWithACopyAsNewAsTheLastChange() {
        String lastModified = get(PublicationFormat.PAGE, null).headers().get("Last-Modified");
        assertEquals(304, get(PublicationFormat.PAGE, null, null, lastModified).status());
        assertEquals(304, get(PublicationFormat.PAGE, null, null, "Tue, 3 Mar 2026 00:00:00 GMT").status());
        assertEquals(200, get(PublicationFormat.PAGE, null, null, "Mon, 02 Mar 2026 09:15:29 GMT").status());
        assertEquals(200, get(PublicationFormat.PAGE, null, null, "yesterday").status());
        assertEquals(200, get(PublicationFormat.PAGE, null, "\"stale\"", lastModified).status(),
                "If-None-Match decides when both are sent");
    }

    private PublicationResponse get(PublicationFormat format, String org) {
        return get(format, org, null, null);
    }

    private PublicationResponse get(PublicationFormat format, String org, String ifNoneMatch,
            String ifModifiedSince) {
        return publication.respond(new PublicationRequest(format, org, ifNoneMatch, ifModifiedSince));
    }
}
