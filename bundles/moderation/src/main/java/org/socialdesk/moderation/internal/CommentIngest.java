package org.socialdesk.moderation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.Credentials;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.TokenVault;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;

/**
 * Reads new comments and messages from every connected account, classifies them and stores them for the queue
 * (д.10). An account is read when it is not archived, is not demo data (demo accounts point at real pages of
 * other people), its network has a connector installed and the vault holds its credentials. Each page is stored
 * with the advanced cursor in one transaction ({@link PageStore}); listeners hear of new comments after the commit.
 * Automatic deletion happens only where configured, as the actor {@code system}, audited like any other. It offers
 * no service, so that it is an immediate component: it runs as soon as its references are there.
 */
@Component(configurationPid = "org.socialdesk.moderation")
@Designate(ocd = ModerationConfig.class)
public class CommentIngest {

    private static final Logger LOG = LoggerFactory.getLogger(CommentIngest.class);
    /** Pages read from one account in one round, so that a flood on one account cannot starve the others. */
    static final int MAX_PAGES_PER_ROUND = 50;
    /** Texts remembered for the repeated-text spam rule: a day of a busy region's comments. */
    private static final int RECENT_TEXTS = 20_000;

    private final Database database;
    private final ConnectorRegistry connectors;
    private final TokenVault vault;
    private final ModerationEvents events;
    private final PageStore pages;
    private final CommentActions actions;
    private final AutoDeleteRules autoDelete;
    private final ScheduledExecutorService scheduler;

    @Activate
    public CommentIngest(@Reference Database database, @Reference AuditTrail audit,
            @Reference ConnectorRegistry connectors, @Reference TokenVault vault, @Reference ModerationEvents events,
            ModerationConfig config) {
        this(database, audit, connectors, vault, events, AutoDeleteRules.parse(config.autoDelete()),
                config.allowedWords(), config.deniedWords(), Clock.systemUTC());
        if (config.enabled()) {
            scheduler.scheduleWithFixedDelay(this::readAll, Math.max(1, config.pollSeconds()),
                    Math.max(1, config.pollSeconds()), TimeUnit.SECONDS);
        }
    }

    /** @param allowedWords and {@code deniedWords}: see {@link OrganisationLexicons#parse} */
    CommentIngest(Database database, AuditTrail audit, ConnectorRegistry connectors, TokenVault vault,
            ModerationEvents events, AutoDeleteRules autoDelete, String[] allowedWords, String[] deniedWords,
            Clock clock) {
        this.database = database;
        this.connectors = connectors;
        this.vault = vault;
        this.events = events;
        RecentTexts recent = new RecentTexts(RECENT_TEXTS);
        this.pages = new PageStore(database, OrganisationLexicons.parse(allowedWords, deniedWords, recent), recent,
                clock);
        this.actions = new CommentActions(database, audit, connectors, vault, events, clock);
        this.autoDelete = autoDelete;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "socialdesk-moderation-ingest");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** One round over every account; one account's failure does not stop the others. */
    void readAll() {
        for (ConnectedAccount account : accounts()) {
            try {
                read(account);
            } catch (ConnectorException e) {
                LOG.warn("Cannot read the comments of account {} on {}: {}", account.id(), account.network(),
                        e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Reading the comments of account {} failed; it is read again next round", account.id(), e);
            }
        }
    }

    /** Reads the account's new pages, up to {@link #MAX_PAGES_PER_ROUND}; returns how many comments were stored. */
    int read(ConnectedAccount account) throws ConnectorException {
        Optional<Connector> connector = connectors.find(account.network());
        Map<String, String> secrets = vault.secretsForConnector(account.id());
        if (connector.isEmpty() || secrets.isEmpty()) {
            return 0;
        }
        Credentials credentials = new Credentials(secrets);
        int stored = 0;
        String cursor = pages.cursor(account.id());
        for (int round = 0; round < MAX_PAGES_PER_ROUND; round++) {
            CommentPage page = connector.get().readComments(account.onNetwork(), credentials, cursor);
            if (page.comments().isEmpty() && Objects.equals(page.nextCursor(), cursor)) {
                break;
            }
            PageStore.Result result = pages.store(account, cursor, page, events::changed);
            if (!result.accepted()) {
                LOG.info("Account {} was read meanwhile by another reader; its next round goes on from there",
                        account.id());
                break;
            }
            stored += result.stored().size();
            deleteAutomatically(result.stored());
            cursor = page.nextCursor();
            if (page.comments().isEmpty()) {
                break;
            }
        }
        return stored;
    }

    private void deleteAutomatically(List<PageStore.Stored> news) {
        for (PageStore.Stored stored : news) {
            CommentCategory category = CommentCategory.valueOf(stored.comment().getCategory());
            if (autoDelete.deletes(stored.organisationId(), category, stored.comment().getConfidence())) {
                actions.delete(Caller.SYSTEM.username(), stored.id());
            }
        }
    }

    /** Accounts moderation may read: see the class comment. */
    List<ConnectedAccount> accounts() {
        return database.read(em -> em.createQuery("SELECT a FROM AccountEntity a WHERE a.state <> :archived "
                + "AND a.demo = FALSE AND a.networkId IS NOT NULL ORDER BY a.id", AccountEntity.class)
                .setParameter("archived", AccountState.ARCHIVED).getResultStream()
                .filter(a -> connectors.find(a.getNetwork()).isPresent()).map(ConnectedAccount::of).toList());
    }
}
