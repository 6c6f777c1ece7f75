package org.socialdesk.connector.vk.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.vk.fake.FakeVk;
import org.socialdesk.core.model.Format;

/**
 * Requests per second the connector sustains against the fake VK, and the time from "publish" to a verified post id.
 * Not a test, so the build does not run it; run it by hand as docs/connectors.md shows ({@code -Dseconds=N} sets
 * the length of each throughput run).
 */
public final class VkConnectorBenchmark {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("seconds", 10));
    private static final int LATENCY_SAMPLES = 12;

    private VkConnectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("VK connector against the fake VK, " + RUN.toSeconds() + " s per throughput run");
        throughput("user token, VK's limit 3/s     ", 3, 20, false);
        throughput("community token, VK's limit 20/s", 3, 20, true);
        throughput("user token, limiter lifted      ", 100_000, 100_000, false);
        throughput("community token, limiter lifted ", 100_000, 100_000, true);
        latency("text, VK's limits, idle account     ", 3, false, Duration.ofSeconds(1));
        latency("text, VK's limits, back to back     ", 3, false, Duration.ZERO);
        latency("text, limiter lifted                ", 100_000, false, Duration.ZERO);
        latency("one photo, VK's limits, idle account", 3, true, Duration.ofSeconds(1));
        latency("one photo, limiter lifted           ", 100_000, true, Duration.ZERO);
    }

    /** Publishes (user token) or replies (community token) back to back; every request is one VK method call. */
    private static void throughput(String label, double userRate, double communityRate, boolean replies)
            throws Exception {
        try (FakeVk vk = FakeVk.start()) {
            VkConnector connector = connector(vk, userRate, communityRate);
            NetworkAccount account = account(vk);
            Credentials credentials = credentials(vk);
            CommentRef question = null;
            if (replies) {
                long post = vk.community().addPost("Пост");
                question = new CommentRef(String.valueOf(post), String.valueOf(vk.community().addComment(post, "?")));
            }
            connector.readAccountCard(account, credentials);
            int before = vk.requestsServed();
            long start = System.nanoTime();
            long end = start + RUN.toNanos();
            int operations = 0;
            while (System.nanoTime() < end) {
                if (replies) {
                    connector.reply(account, credentials, question, "Ответ " + operations);
                } else {
                    connector.publish(account, credentials, Publication.text(UUID.randomUUID().toString(),
                            "Пост " + operations));
                }
                operations++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s  %8.1f requests/s  %8.1f %s/s  (schema violations: %d)%n", label,
                    (vk.requestsServed() - before) / seconds, operations / seconds,
                    replies ? "replies" : "verified posts", vk.violations().size());
        }
    }

    /**
     * From calling publish to holding a post id VK has shown back, with the limiter's waits included; a pause
     * before each publish lets the token's budget refill, as for a plan item published on its own.
     */
    private static void latency(String label, double userRate, boolean photo, Duration pause) throws Exception {
        try (FakeVk vk = FakeVk.start()) {
            VkConnector connector = connector(vk, userRate, 20);
            NetworkAccount account = account(vk);
            Credentials credentials = credentials(vk);
            connector.readAccountCard(account, credentials);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < LATENCY_SAMPLES + 3; i++) {
                Publication publication = photo
                        ? new Publication(UUID.randomUUID().toString(), Format.PHOTO, "Фото " + i,
                                List.of(new Media("photo.jpg", "image/jpeg", new byte[200_000], null)), null, null)
                        : Publication.text(UUID.randomUUID().toString(), "Пост " + i);
                Thread.sleep(pause.toMillis());
                long start = System.nanoTime();
                connector.publish(account, credentials, publication);
                if (i >= 3) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT,
                    "publish → verified id, %s  median %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", label,
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                    millis.get(millis.size() - 1));
        }
    }

    private static VkConnector connector(FakeVk vk, double userRate, double communityRate) {
        return new VkConnector(new VkSettings(vk.baseUrl(), userRate, communityRate, Duration.ofSeconds(10), 20,
                100), null);
    }

    private static NetworkAccount account(FakeVk vk) {
        return new NetworkAccount(String.valueOf(vk.community().groupId()), null);
    }

    private static Credentials credentials(FakeVk vk) {
        return new Credentials(Map.of(VkTokens.ACCESS_TOKEN, vk.userToken(), VkTokens.COMMUNITY_TOKEN,
                vk.communityToken()));
    }

}
