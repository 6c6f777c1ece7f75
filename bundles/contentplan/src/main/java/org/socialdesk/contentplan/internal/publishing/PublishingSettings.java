package org.socialdesk.contentplan.internal.publishing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * {@link PublishingConfig} as plain values, so that tests, the crash test's child process and the benchmark build an
 * engine without a framework.
 *
 * @param nativeLead how early a post goes to a network with native scheduling. Zero by default: once the network
 *                   holds a delayed post, an edit or a withdrawal in SocialDesk cannot reach it (the connector SPI
 *                   has no call to change or delete a post), so the network would publish the old text anyway.
 */
public record PublishingSettings(Duration pollInterval, Duration lease, String nodeId, Duration nativeLead,
        Duration backoffBase, Duration backoffCap) {

    public PublishingSettings {
        if (!positive(pollInterval) || !positive(lease) || nativeLead.isNegative() || !positive(backoffBase)
                || backoffCap.compareTo(backoffBase) < 0 || nodeId.isBlank()) {
            throw new IllegalArgumentException("unusable publishing settings: poll " + pollInterval + ", lease "
                    + lease + ", node '" + nodeId + "', native lead " + nativeLead + ", backoff " + backoffBase
                    + " up to " + backoffCap);
        }
    }

    public static PublishingSettings of(PublishingConfig config) {
        return new PublishingSettings(Duration.ofMillis(config.pollMillis()),
                Duration.ofSeconds(config.leaseSeconds()),
                config.nodeId().isBlank() ? thisNode() : config.nodeId(),
                Duration.ofMinutes(config.nativeLeadMinutes()), Duration.ofSeconds(config.backoffBaseSeconds()),
                Duration.ofSeconds(config.backoffCapSeconds()));
    }

    /** The defaults of {@link PublishingConfig} with this node's name. */
    public static PublishingSettings defaults() {
        return new PublishingSettings(Duration.ofSeconds(1), Duration.ofSeconds(120), thisNode(), Duration.ZERO,
                Duration.ofSeconds(30), Duration.ofHours(1));
    }

    public PublishingSettings withNodeId(String node) {
        return new PublishingSettings(pollInterval, lease, node, nativeLead, backoffBase, backoffCap);
    }

    public PublishingSettings withPollInterval(Duration interval) {
        return new PublishingSettings(interval, lease, nodeId, nativeLead, backoffBase, backoffCap);
    }

    public PublishingSettings withLease(Duration duration) {
        return new PublishingSettings(pollInterval, duration, nodeId, nativeLead, backoffBase, backoffCap);
    }

    public PublishingSettings withNativeLead(Duration lead) {
        return new PublishingSettings(pollInterval, lease, nodeId, lead, backoffBase, backoffCap);
    }

    /** The wait after the {@code attempts}-th attempt failed transiently: the base, doubled per attempt, capped. */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffCap) > 0 ? backoffCap : wait;
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static String thisNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
