package org.socialdesk.itests;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.socialdesk.connector.ConnectorRegistry;

/** The SocialDesk distribution as a Pax Exam Karaf container, shared by the in-container tests. */
final class SocialDeskContainer {

    private SocialDeskContainer() {
    }

    static Option[] options() throws IOException {
        String distribution = new File(System.getProperty("socialdesk.distribution")).toURI().toString();
        String httpPort = freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(distribution).name("SocialDesk")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port", httpPort),
            systemProperty("socialdesk.httpPort").value(httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            // Pax Exam's own bundles come from the local Maven repository; SocialDesk's from system/
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            systemProperty("socialdesk.sampleConnector").value(System.getProperty("socialdesk.sampleConnector")),
        };
    }

    /**
     * Tests start once the container has settled after Pax Exam added its own features: the connector
     * registry's service stays the same for a few seconds.
     */
    static void waitUntilSettled(BundleContext bundleContext) throws InterruptedException {
        long stableSince = System.nanoTime();
        Object service = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() - stableSince < TimeUnit.SECONDS.toNanos(4)) {
            assertTrue("container settles within 60 s", System.nanoTime() < deadline);
            var reference = bundleContext.getServiceReference(ConnectorRegistry.class);
            Object current = reference == null ? null : reference.getProperty("service.id");
            if (current == null || !current.equals(service)) {
                service = current;
                stableSince = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        }
    }
}
