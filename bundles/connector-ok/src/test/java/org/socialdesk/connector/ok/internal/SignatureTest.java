package org.socialdesk.connector.ok.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.Credentials;

/** The worked examples of OK_API_NOTES.md as fixed vectors (see src/test/resources/ok-api/PROVENANCE.txt). */
class SignatureTest {

    private static Properties vectors;

    @BeforeAll
    static void loadVectors() throws IOException {
        vectors = new Properties();
        try (InputStream in = SignatureTest.class.getResourceAsStream("/ok-api/signature-vectors.properties")) {
            vectors.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static String vector(String name) {
        return vectors.getProperty(name);
    }

    private static Map<String, String> eventsGet() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("method", vector("method"));
        params.put("format", "json");
        params.put("application_key", vector("application_key"));
        return params;
    }

    @Test
    void clientServerExample() {
        assertEquals(vector("client_server.sig"), Signature.of(eventsGet(),
                vector("client_server.session_secret_key")));
    }

    @Test
    void serverServerExampleDerivesTheSessionSecret() {
        String secret = Signature.sessionSecret(vector("server_server.access_token"),
                vector("server_server.application_secret_key"));

        assertEquals(vector("server_server.session_secret_key"), secret);
        assertEquals(vector("server_server.sig"), Signature.of(eventsGet(), secret));
    }

    @Test
    void theTokenAndAnyOldSignatureAreLeftOutOfTheSignedText() {
        Map<String, String> params = eventsGet();
        params.put("access_token", vector("server_server.access_token"));
        params.put("session_key", "anything");
        params.put("sig", "0123");

        assertEquals(vector("client_server.sig"), Signature.of(params, vector("client_server.session_secret_key")));
    }

    @Test
    void aCallCarriesTheExampleSignatureAndTheTokenAfterIt() throws AuthFailure {
        OkSession session = OkSession.from(new Credentials(Map.of(
                OkSession.APPLICATION_KEY, vector("application_key"),
                OkSession.ACCESS_TOKEN, vector("server_server.access_token"),
                OkSession.APPLICATION_SECRET_KEY, vector("server_server.application_secret_key"))));

        String body = new OkParams().formBody(vector("method"), session);

        assertTrue(body.contains("sig=" + vector("server_server.sig")), body);
        assertTrue(body.endsWith("&access_token=-s-84W-s3egarWUsbkq-IWTucuedzTKT8VUXIA.s4Xx8IW7"), body);
    }

    @Test
    void aGivenSessionSecretIsUsedAsIs() throws AuthFailure {
        OkSession session = OkSession.from(new Credentials(Map.of(
                OkSession.APPLICATION_KEY, vector("application_key"),
                OkSession.ACCESS_TOKEN, "-s-2GUXOAvQYI7-RfxsZtV1wezsdtVPv92xfuaSQ8",
                OkSession.SESSION_SECRET_KEY, vector("client_server.session_secret_key"))));

        assertTrue(new OkParams().formBody(vector("method"), session).contains("sig=" + vector("client_server.sig")));
    }

    @Test
    void textBeyondAsciiIsSignedAsUtf8() {
        Map<String, String> params = Map.of("text", "Привет");
        // md5("text=Приветsecret") over UTF-8, computed independently with Python hashlib
        assertEquals("84975b6de49b5bcb9b9e00554e081fed", Signature.of(params, "secret"));
    }
}
