package org.socialdesk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;

/** Boots the real SocialDesk distribution in Karaf and checks it from the inside. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SocialDeskContainerTest {

    @Inject
    private BundleContext bundleContext;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Configuration
    public Option[] configuration() throws IOException {
        return SocialDeskContainer.options();
    }

    @Before
    public void waitUntilTheContainerHasSettled() throws Exception {
        SocialDeskContainer.waitUntilSettled(bundleContext);
    }

    @Test
    public void everySocialDeskBundleIsActive() {
        List<Bundle> ours = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.socialdesk.")).toList();
        assertTrue("SocialDesk bundles installed: " + ours, ours.size() >= 6);
        String notActive = ours.stream().filter(b -> b.getState() != Bundle.ACTIVE)
                .map(Bundle::getSymbolicName).collect(Collectors.joining(", "));
        assertEquals("bundles not active", "", notActive);
    }

    @Test
    public void storesAndReadsBackAnOrganisationInDerby() {
        Organisation stored = organisations.create(Caller.SYSTEM, new Organisation(null,
                "Министерство цифрового развития Алтайского края", "Минцифры", OrganisationKind.EXECUTIVE_BODY,
                null, null, "Алтайский край", null, false));
        assertTrue(stored.id() != null);
        assertTrue(organisations.list(Caller.SYSTEM).contains(stored));
        assertTrue("demo data loaded on first start", organisations.list(Caller.SYSTEM).stream()
                .anyMatch(o -> o.demo() && o.kind() == OrganisationKind.GOVERNMENT));
    }

    @Test
    public void servesTheVaadinLoginPage() throws Exception {
        URI root = URI.create("http://localhost:" + httpPort() + "/");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        waitFor(() -> http.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200);
        String page = http.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page, page.contains("<title>SocialDesk</title>") && page.contains("VAADIN/build"));
        // the login route answers for an anonymous visitor; the page itself is rendered by Vaadin's client
        assertEquals(200, http.send(HttpRequest.newBuilder(root.resolve("login")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    public void eachNetworkConnectorFeatureCanBeRemovedAndInstalledAtRunTime() throws Exception {
        long registryService = registryServiceId();
        long government = organisations.list(Caller.SYSTEM).get(0).id();
        int accountsBefore = accounts.listByOrganisation(Caller.SYSTEM, government).size();
        for (String network : NETWORKS) {
            String feature = "socialdesk-connector-" + network;
            waitFor(() -> installedConnectors().contains(network));

            assertTrue(console("feature:uninstall " + feature).isBlank());
            waitFor(() -> !installedConnectors().contains(network));
            assertFalse(console("socialdesk:connectors").contains(network + " "));
            assertEquals(network + " accounts stay in the registry, not connected", accountsBefore,
                    accounts.listByOrganisation(Caller.SYSTEM, government).size());

            console("feature:install " + feature);
            waitFor(() -> installedConnectors().contains(network));
            assertTrue(console("socialdesk:connectors").contains(network + " "));
        }
        assertEquals("the core did not restart", registryService, registryServiceId());
    }

    /** The networks whose connectors the distribution ships as boot features. */
    private static final List<String> NETWORKS = List.of("vk", "ok", "telegram");

    @Test
    public void aConnectorBundleInstalledAtRunTimeAppearsAndGoesAwayWhenUninstalled() throws Exception {
        long registryService = registryServiceId();
        Bundle sample = bundleContext.installBundle(
                Path.of(System.getProperty("socialdesk.sampleConnector")).toUri().toString());
        sample.start();
        waitFor(() -> installedConnectors().contains("sample"));
        String listed = console("socialdesk:connectors");
        assertTrue(listed, listed.contains("Sample network"));

        sample.uninstall();
        waitFor(() -> !installedConnectors().contains("sample"));
        assertFalse(console("socialdesk:connectors").contains("Sample network"));
        assertEquals("the core did not restart", registryService, registryServiceId());
    }

    private long registryServiceId() {
        return (Long) bundleContext.getServiceReference(ConnectorRegistry.class).getProperty("service.id");
    }

    /** Connector ids as the registry service now in the container lists them. */
    private List<String> installedConnectors() {
        var reference = bundleContext.getServiceReference(ConnectorRegistry.class);
        try {
            return bundleContext.getService(reference).installed().stream().map(c -> c.id()).toList();
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private int httpPort() throws IOException {
        var config = bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        var admin = bundleContext.getService(config);
        return Integer.parseInt(String.valueOf(admin.getConfiguration("org.apache.felix.http", null)
                .getProperties().get("org.osgi.service.http.port")));
    }

    /**
     * Runs a console command the way operators' scripts do, through bin/socialdesk-console. Karaf registers a
     * bundle's commands a moment after the services they use appear, so an unknown command is retried briefly.
     */
    private static String console(String command) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String output = run(command);
        while (output.contains("Command not found") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            output = run(command);
        }
        return output;
    }

    private static String run(String command) throws Exception {
        Path script = Path.of(System.getProperty("karaf.base"), "bin", "socialdesk-console");
        Process process = new ProcessBuilder("sh", script.toString(), command).redirectErrorStream(false).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("console command finished", process.waitFor(60, TimeUnit.SECONDS));
        if (process.exitValue() != 0 && !output.contains("Command not found")) {
            throw new AssertionError("exit code " + process.exitValue() + " of " + command + ": " + output);
        }
        return output;
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.met()) {
            assertTrue("condition not met within 30 s", System.nanoTime() < deadline);
            Thread.sleep(100);
        }
    }

}
