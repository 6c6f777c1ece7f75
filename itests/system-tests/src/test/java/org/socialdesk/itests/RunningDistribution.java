package org.socialdesk.itests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SocialDesk's distribution unpacked into a fresh folder and started with {@code bin/karaf run} on free ports, as an
 * operator starts it; {@link #console} runs commands through {@code bin/socialdesk-console}.
 */
final class RunningDistribution implements AutoCloseable {

    final Path home;
    final int httpPort;
    final Duration firstHttp200;
    final Duration readyForLogin;
    private final Process karaf;

    private RunningDistribution(Path home, int httpPort, Process karaf, Duration firstHttp200,
            Duration readyForLogin) {
        this.home = home;
        this.httpPort = httpPort;
        this.karaf = karaf;
        this.firstHttp200 = firstHttp200;
        this.readyForLogin = readyForLogin;
    }

    static RunningDistribution start(Path folder) throws Exception {
        Path archive = Path.of(System.getProperty("socialdesk.distribution"));
        if (Files.exists(folder)) {
            // a distribution left by an earlier run carries its database and keys: start from the archive alone
            exec(folder.getParent(), "rm", "-rf", folder.toString());
        }
        Files.createDirectories(folder);
        exec(folder, "tar", "xzf", archive.toString(), "--strip-components=1");
        int http = freePort();
        setProperty(folder.resolve("etc/org.apache.felix.http.cfg"), "org.osgi.service.http.port", http);
        setProperty(folder.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", freePort());
        setProperty(folder.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", freePort());
        setProperty(folder.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", freePort());

        long started = System.nanoTime();
        Process karaf = new ProcessBuilder(folder.resolve("bin/karaf").toString(), "run")
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("console.out").toFile()).start();
        RunningDistribution starting = new RunningDistribution(folder, http, karaf, null, null);
        long deadline = started + TimeUnit.SECONDS.toNanos(120);
        while (starting.status("/") != 200) {
            starting.checkAlive(deadline);
            Thread.sleep(100);
        }
        Duration firstHttp200 = Duration.ofNanos(System.nanoTime() - started);
        // the UI answers before the services behind it are all up (its login page says so meanwhile), and Karaf
        // may still re-wire bundles until its boot features are all installed
        while (starting.console("service:list " + LOGIN_SERVICE).exitCode() != 0
                || starting.console("service:list " + BOOT_FINISHED).exitCode() != 0) {
            starting.checkAlive(deadline);
            Thread.sleep(200);
        }
        return new RunningDistribution(folder, http, karaf, firstHttp200, Duration.ofNanos(System.nanoTime() - started));
    }

    private static final String LOGIN_SERVICE = "org.socialdesk.core.security.Authenticator";
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private void checkAlive(long deadline) throws Exception {
        if (!karaf.isAlive() || System.nanoTime() > deadline) {
            close();
            throw new IllegalStateException("SocialDesk did not start on port " + httpPort + "; see " + home);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident memory of Karaf's Java process (a child of the bin/karaf script), in MiB, as Linux reports it. */
    long residentMemoryMiB() throws IOException {
        long java = karaf.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow(() -> new IOException("no Java process under bin/karaf")).pid();
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(java), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException("no VmRSS for process " + java);
    }

    /** Output and exit code of one console command run through {@code bin/socialdesk-console}. */
    ConsoleResult console(String command) throws Exception {
        Process process = new ProcessBuilder(home.resolve("bin/socialdesk-console").toString(), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("console command did not finish: " + command);
        }
        return new ConsoleResult(output, process.exitValue());
    }

    record ConsoleResult(String output, int exitCode) {
    }

    @Override
    public void close() throws Exception {
        if (karaf.isAlive()) {
            exec(home, home.resolve("bin/stop").toString());
            if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
                // bin/karaf is a script: its Java child must go too, or it keeps the ports and the folder
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly().waitFor();
            }
        }
    }

    private static void setProperty(Path file, String key, int value) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        List<String> kept = lines.stream().filter(l -> !l.matches("\\s*" + key.replace(".", "\\.") + "\\s*=.*"))
                .toList();
        Files.write(file, kept);
        Files.writeString(file, key + " = " + value + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static void exec(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
