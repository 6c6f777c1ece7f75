package org.socialdesk.contentplan.internal.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.core.moderation.ReplyDelivery;
import org.socialdesk.core.vault.TokenVault;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * Publishes due outbox rows through the connectors, exactly once in effect, on one worker thread per node.
 *
 * <p>A row is claimed with a lease, the start of the connector call is committed before the call, and the result
 * is recorded afterwards, each in a transaction of its own. Whoever finds a row whose call was started (after a
 * crash, a timeout or a transient failure) first asks the network whether the post exists, so a kill -9 at any
 * point neither loses a post nor makes a second one. Success is recorded only with the post id the connector read
 * back from the network.
 *
 * <p>An approved reply to a citizen goes through the same outbox, its row due at its approval, and is delivered by
 * moderation instead of a connector (see {@link ReplyCourier}).
 *
 * <p>{@code socialdesk:publish-now} needs no wake-up call: the item's rows become due at once and the next poll,
 * at most {@link PublishingSettings#pollInterval()} later, takes them.
 */
@Component(immediate = true, configurationPid = "org.socialdesk.publishing")
@Designate(ocd = PublishingConfig.class)
public class PublishingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingEngine.class);

    /** How long a due post waits for its network's connector, or a reply for moderation, before a person is asked. */
    static final Duration CONNECTOR_GRACE = Duration.ofMinutes(10);

    static final Duration CONNECTOR_RECHECK = Duration.ofSeconds(15);

    /** Rows claimed per query; a full batch is followed at once by the next one. */
    private static final int BATCH = 50;
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final ReplyCourier replies;
    private final ConnectorRegistry connectors;
    private final TokenVault vault;
    private final PublishingSettings settings;
    private final Clock clock;
    private ScheduledExecutorService worker;
    private volatile boolean stopping;

    @Activate
    public PublishingEngine(@Reference Database database, @Reference ConnectorRegistry connectors,
            @Reference TokenVault vault, @Reference PlanContent content, @Reference AuditTrail audit,
            PublishingConfig config) {
        this(database, connectors, vault, content, audit, PublishingSettings.of(config), Clock.systemUTC());
        start();
    }

    public PublishingEngine(Database database, ConnectorRegistry connectors, TokenVault vault, PlanContent content,
            AuditTrail audit, PublishingSettings settings, Clock clock) {
        this.outbox = new Outbox(database, content, audit, settings.nodeId());
        this.replies = new ReplyCourier(outbox, settings, clock);
        this.connectors = connectors;
        this.vault = vault;
        this.settings = settings;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setReplyDelivery(ReplyDelivery delivery) {
        replies.moderationStarted(delivery);
    }

    public void unsetReplyDelivery(ReplyDelivery delivery) {
        replies.moderationStopped(delivery);
    }

    /** Starts polling the outbox on a worker thread of its own. */
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "socialdesk-publishing");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Publishing engine started as node {}, polling every {}", settings.nodeId(),
                settings.pollInterval());
    }

    /**
     * Stops after the row in hand. A row left between its claim and its result is taken over when its lease runs
     * out, as after a crash.
     */
    @Deactivate
    public synchronized void stop() {
        stopping = true;
        if (worker == null) {
            return;
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                // a connector call that hangs is cut off; its row is retried after the lease as after a crash
                worker.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        try {
            publishDue();
        } catch (RuntimeException | LinkageError e) {
            // thrown out of here, it would end the polling for good; the next poll tries again, and a row left
            // claimed is taken over when its lease runs out. A LinkageError comes from a bundle that went away.
            LOG.error("Publishing pass failed", e);
        }
    }

    /** One pass over the outbox: every row due now is published or rescheduled before it returns. */
    public void publishDue() {
        int claimed;
        do {
            claimed = 0;
            Instant now = clock.instant();
            List<Outbox.Candidate> candidates = outbox.candidates(now, now.plus(settings.nativeLead()), BATCH);
            for (Outbox.Candidate candidate : candidates) {
                if (stopping) {
                    return;
                }
                Instant claimedAt = clock.instant();
                Instant horizon = handedOverEarly(candidate.network()) ? claimedAt.plus(settings.nativeLead())
                        : claimedAt;
                Optional<PublicationEntity> row = outbox.claim(candidate.id(), claimedAt, horizon,
                        claimedAt.plus(settings.lease()));
                if (row.isPresent()) {
                    claimed++;
                    attempt(row.get());
                }
            }
        } while (claimed == BATCH);
    }

    /** Whether the network holds delayed posts itself, and gets them {@link PublishingSettings#nativeLead()} early. */
    private boolean handedOverEarly(String network) {
        return !settings.nativeLead().isZero()
                && connectors.find(network).map(c -> c.description().nativeScheduling()).orElse(false);
    }

    private void attempt(PublicationEntity row) {
        Optional<ApprovedReply> reply;
        try {
            reply = outbox.reply(row);
        } catch (RuntimeException e) {
            LOG.warn("Outbox row {}: the plan item cannot be read", row.getId(), e);
            outbox.needsPerson(row, "The plan item cannot be sent: " + e.getMessage());
            return;
        }
        if (reply.isPresent()) {
            replies.deliver(row, reply.get());
            return;
        }
        Optional<AccountEntity> account = outbox.account(row);
        if (account.isEmpty()) {
            outbox.needsPerson(row, "The account " + row.getAccountId() + " is not in the registry");
            return;
        }
        String network = account.get().getNetwork();
        Optional<Connector> connector = connectors.find(network);
        if (connector.isEmpty()) {
            String failure = "No connector for network '" + network + "' is installed";
            if (clock.instant().isBefore(row.getDue().plus(CONNECTOR_GRACE))) {
                // connectors register a moment after the core when Karaf starts, or come back after an update
                outbox.retryAt(row, clock.instant().plus(CONNECTOR_RECHECK), failure + " yet");
            } else {
                outbox.needsPerson(row, failure);
            }
            return;
        }
        if (account.get().getNetworkId() == null) {
            outbox.needsPerson(row, "The registry does not record the account's id on the network");
            return;
        }
        Map<String, String> secrets = vault.secretsForConnector(row.getAccountId());
        if (secrets.isEmpty()) {
            outbox.needsPerson(row, "No credentials for the account are stored in the token vault");
            return;
        }
        Publication publication;
        try {
            publication = scheduled(outbox.publication(row), row, connector.get());
        } catch (RuntimeException e) {
            LOG.warn("Outbox row {}: the plan item cannot be published", row.getId(), e);
            outbox.needsPerson(row, "The plan item cannot be published: " + e.getMessage());
            return;
        }
        call(row, connector.get(), new NetworkAccount(account.get().getNetworkId(), account.get().getUrl()),
                new Credentials(secrets), publication);
    }

    private void call(PublicationEntity row, Connector connector, NetworkAccount account, Credentials credentials,
            Publication publication) {
        boolean askFirst = row.isCallStarted();
        if (!askFirst && !outbox.callStarting(row)) {
            return;
        }
        Redaction redaction = new Redaction(credentials.secrets().values());
        PublishedPost post;
        boolean recovered;
        try {
            Optional<PublishedPost> earlier = askFirst ? connector.findPublished(account, credentials, publication)
                    : Optional.empty();
            recovered = earlier.isPresent();
            post = recovered ? earlier.get() : connector.publish(account, credentials, publication);
        } catch (RateLimited e) {
            outbox.retryAt(row, clock.instant().plus(e.retryAfter()),
                    "The network asks to slow down: " + redaction.of(e.getMessage()));
            return;
        } catch (TransientFailure e) {
            retryLater(row, "The network did not answer as expected: " + redaction.of(e.getMessage()));
            return;
        } catch (AuthFailure e) {
            outbox.needsPerson(row, "The network refused the account's credentials: " + redaction.of(e.getMessage())
                    + " Renew them, then retry the item.");
            return;
        } catch (CaptchaRequired e) {
            outbox.needsPerson(row, "The network wants a person to solve a captcha: " + redaction.of(e.getMessage()));
            return;
        } catch (Rejected e) {
            outbox.needsPerson(row, "The network rejected the post: " + redaction.of(e.getMessage()));
            return;
        } catch (UnsupportedActionException e) {
            outbox.needsPerson(row, "The connector cannot publish this post: " + redaction.of(e.getMessage()));
            return;
        } catch (RuntimeException | LinkageError e) {
            // a connector's bug, or its bundle stopped mid-call: whether the post went out is unknown, so the retry
            // asks the network first
            LOG.error("Connector for outbox row {} failed unexpectedly", row.getId(), e);
            retryLater(row, "The connector failed: " + redaction.of(String.valueOf(e.getMessage())));
            return;
        } catch (ConnectorException e) {
            throw new IllegalStateException("a connector failure of an unknown kind", e);
        }
        record(row, post, recovered);
    }

    private void record(PublicationEntity row, PublishedPost post, boolean recovered) {
        if (post.postId().isBlank()) {
            retryLater(row, "The connector reported the post without the network's post id");
            return;
        }
        outbox.published(row, post, recovered);
    }

    private void retryLater(PublicationEntity row, String failure) {
        outbox.retryAt(row, clock.instant().plus(settings.backoff(row.getAttempts())), failure);
    }

    /** A post handed over early carries its due time, so that the network shows it then and not at once. */
    private Publication scheduled(Publication publication, PublicationEntity row, Connector connector) {
        if (settings.nativeLead().isZero() || !connector.description().nativeScheduling()) {
            return publication;
        }
        return new Publication(publication.idempotencyKey(), publication.format(), publication.text(),
                publication.media(), publication.poll(), row.getDue());
    }
}
