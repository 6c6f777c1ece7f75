package org.socialdesk.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The distribution as operators run it: started from its archive, operated with its console script. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(StartedDistribution.class)
class DistributionTest {

    private RunningDistribution socialdesk;

    @BeforeAll
    void start(RunningDistribution distribution) throws Exception {
        socialdesk = distribution;
        Measurements.record("distribution size (tar.gz)",
                Files.size(Path.of(System.getProperty("socialdesk.distribution"))) / (1024 * 1024) + " MiB");
    }

    @Test
    void consoleScriptPrintsOutputAndReportsFailures() throws Exception {
        RunningDistribution.ConsoleResult organisations = socialdesk.console("socialdesk:org-list");
        assertEquals(0, organisations.exitCode(), organisations.output());
        assertTrue(organisations.output().contains("Правительство Алтайского края"), organisations.output());

        RunningDistribution.ConsoleResult unknown = socialdesk.console("socialdesk:no-such-command");
        assertNotEquals(0, unknown.exitCode());
    }

    @Test
    void publishesTheRegistryForOfficialWebsitesAndKeepsTheAdminUiOutOfFrames() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(socialdesk.uri("/public/registry.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"name\":\"Правительство Алтайского края\""), json.body());
        assertTrue(json.body().contains("https://vk.com/demo_pravitelstvo"), json.body());

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(socialdesk.uri("/public/registry")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty(), "the public page may be embedded");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));

        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(HttpRequest.newBuilder(socialdesk.uri("/public/registry"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        HttpResponse<Void> ui = http.send(HttpRequest.newBuilder(socialdesk.uri("/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("DENY", ui.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void theAuditChainOfTheRunningInstanceVerifies() throws Exception {
        RunningDistribution.ConsoleResult verified = socialdesk.console("socialdesk:audit-verify");
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().matches("(?s).*OK: [1-9]\\d* entries verified.*"), verified.output());
    }

    @Test
    void aConnectorJarCopiedIntoDeployAppearsAndDisappearsWhenDeleted() throws Exception {
        Path jar = socialdesk.home.resolve("deploy/sample-connector.jar");
        String registryBefore = registryServiceId();

        long copied = System.nanoTime();
        Files.copy(Path.of(System.getProperty("socialdesk.sampleConnector")), jar);
        waitUntilConnectorsListing(true);
        Measurements.record("hot deploy of a connector (copy to listed)",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - copied) + " ms");

        Files.delete(jar);
        waitUntilConnectorsListing(false);
        assertEquals(registryBefore, registryServiceId(), "the core was not restarted");
        Measurements.record("resident memory after start and a hot deploy", socialdesk.residentMemoryMiB() + " MiB");
    }

    /**
     * Jakarta Mail inside Karaf: the operator fills in the mail settings file, and the console's test mail reaches
     * a real SMTP server on loopback with its Russian subject intact.
     */
    @Test
    void sendsATestMailThroughTheSmtpServerOfTheSettingsFile() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Files.writeString(socialdesk.home.resolve("etc/org.socialdesk.notification.cfg"), String.join("\n",
                    "smtpHost = 127.0.0.1", "smtpPort = " + smtp.getSmtp().getPort(), "security = NONE",
                    "fromAddress = socialdesk@example.ru", "pressOfficeAddress = press@example.ru", ""));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            RunningDistribution.ConsoleResult sent;
            // the new settings reach the running component a moment after the file is written
            while ((sent = socialdesk.console("socialdesk:mail-test editor@example.ru")).exitCode() != 0) {
                assertFalse(System.nanoTime() > deadline, sent.output());
                Thread.sleep(500);
            }
            assertTrue(sent.output().contains("250"), sent.output());
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("SocialDesk: проверка почты", mail.getSubject());
            assertEquals("editor@example.ru", mail.getAllRecipients()[0].toString());
            // a test mail goes straight to the server; the outbox holds only notices (none for demo organisations)
            RunningDistribution.ConsoleResult queue = socialdesk.console("socialdesk:mail-queue");
            assertEquals(0, queue.exitCode(), queue.output());
            assertTrue(queue.output().startsWith("pending 0, sent 0, rejected 0, expired 0"), queue.output());
        } finally {
            smtp.stop();
        }
    }

    private String registryServiceId() throws Exception {
        String output = socialdesk.console("service:list org.socialdesk.connector.ConnectorRegistry").output();
        var matcher = java.util.regex.Pattern.compile("service\\.id = (\\d+)").matcher(output);
        assertTrue(matcher.find(), output);
        return matcher.group(1);
    }

    private void waitUntilConnectorsListing(boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (socialdesk.console("socialdesk:connectors").output().contains("Sample network") != present) {
            assertFalse(System.nanoTime() > deadline, "connector listing did not change within 30 s");
            Thread.sleep(100);
        }
    }
}
