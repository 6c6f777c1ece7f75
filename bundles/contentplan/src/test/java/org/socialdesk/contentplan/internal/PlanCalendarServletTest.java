package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.security.AuthenticationException;
import org.socialdesk.core.security.Authenticator;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.RecordedResponse;

/** The feed against hand-made request and response objects, on the real plan and rights, with a fake realm. */
class PlanCalendarServletTest {

    private static final Clock NOW = PlanFixture.clock("2026-11-23T03:00:00Z");

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final Map<String, Caller> users = Map.of(
            "ministry-editor", PlanFixture.editor(fixture.ministry),
            "government-editor", PlanFixture.editor(fixture.government));
    private final List<String> logins = new ArrayList<>();
    private final Authenticator realm = (username, password, address) -> {
        logins.add(username + "@" + address);
        Caller caller = users.get(username);
        if (caller == null || !new String(password).equals("secret-" + username)) {
            throw new AuthenticationException(AuthenticationException.Reason.INVALID_CREDENTIALS, "wrong");
        }
        return caller;
    };
    private final PlanCalendarServlet servlet = new PlanCalendarServlet(new PlanTransferImpl(fixture.database,
            fixture.audit, PlanFixture.connectors(), "socialdesk.example", NOW), realm, fixture.database, NOW);

    @Test
    void withoutCredentialsTheCallerIsAskedToSignIn() throws Exception {
        RecordedResponse response = get(String.valueOf(fixture.ministry), null);
        assertEquals(401, response.status);
        assertEquals("Basic realm=\"SocialDesk\", charset=\"UTF-8\"", response.headers.get("WWW-Authenticate"));
        assertEquals(List.of(), logins, "nothing to check");
    }

    @Test
    void aWrongPasswordIsAskedAgainAndNeverEchoed() throws Exception {
        RecordedResponse response = get(String.valueOf(fixture.ministry), basic("ministry-editor", "guess-Пароль"));
        assertEquals(401, response.status);
        assertTrue(response.headers.containsKey("WWW-Authenticate"));
        assertFalse(response.text().contains("guess"), response.text());
        assertEquals(List.of("ministry-editor@192.0.2.7"), logins, "checked by the realm, with the address");
    }

    @Test
    void anotherOrganisationsEditorIsForbidden() throws Exception {
        RecordedResponse response = get(String.valueOf(fixture.ministry),
                basic("government-editor", "secret-government-editor"));
        assertEquals(403, response.status);
        assertFalse(response.headers.containsKey("WWW-Authenticate"));
    }

    @Test
    void anAllowedCallerGetsTheCalendarOfThePeriod() throws Exception {
        ContentPlanServiceImpl plan = fixture.plan(false, NOW);
        Caller editor = PlanFixture.editor(fixture.ministry);
        plan.create(editor, PlanFixture.post(fixture.ministry, Instant.parse("2026-11-25T05:00:00Z"),
                "Приём граждан", fixture.ministryVk));
        plan.create(editor, PlanFixture.post(fixture.ministry, Instant.parse("2027-03-01T05:00:00Z"),
                "Через четыре месяца", fixture.ministryVk));
        RecordedResponse response = get(String.valueOf(fixture.ministry), basic("ministry-editor",
                "secret-ministry-editor"));
        assertEquals(200, response.status);
        assertEquals("text/calendar; charset=UTF-8", response.headers.get("Content-Type"));
        assertEquals("private, max-age=300", response.headers.get("Cache-Control"));
        assertTrue(response.text().startsWith("BEGIN:VCALENDAR\r\n"), response.text());
        assertTrue(response.text().contains("X-WR-CALNAME:Минздрав\r\n"), response.text());
        assertEquals(1, response.text().split("BEGIN:VEVENT", -1).length - 1, "only twelve weeks ahead");
    }

    @Test
    void aMissingOrUnknownOrganisationIsNamed() throws Exception {
        String credentials = basic("ministry-editor", "secret-ministry-editor");
        assertEquals(400, get(null, credentials).status);
        assertEquals(400, get("minzdrav", credentials).status);
        RecordedResponse unknown = get("987654", credentials);
        assertEquals(404, unknown.status);
        assertEquals("No organisation 987654.\n", unknown.text());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private RecordedResponse get(String org, String authorization) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> "org".equals(args[0]) ? org : null;
                    case "getHeader" -> "Authorization".equals(args[0]) ? authorization : null;
                    case "getRemoteAddr" -> "192.0.2.7";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        RecordedResponse response = new RecordedResponse();
        servlet.doGet(request, response.proxy());
        return response;
    }
}
