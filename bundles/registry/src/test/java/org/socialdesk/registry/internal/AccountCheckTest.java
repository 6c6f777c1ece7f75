package org.socialdesk.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.AccessRight;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Limits;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Restriction;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.audit.AuditVerification;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.OfficialMark;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.registry.AccountCheckResult;
import org.socialdesk.core.registry.AccountCheckResult.Outcome;
import org.socialdesk.core.registry.AccountRight;
import org.socialdesk.core.registry.CardDifference;
import org.socialdesk.core.registry.CardDifference.CardField;
import org.socialdesk.core.registry.MissingRight;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.MemoryVault;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;

class AccountCheckTest {

    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));

    @TempDir
    Path data;

    private final Database database = InMemoryDatabase.create();
    private final FakeConnector vk = new FakeConnector();
    private final MemoryVault vault = new MemoryVault();
    private AccountServiceImpl accounts;
    private TrailLog log;
    private AccountCheckImpl checks;
    private long health;
    private long accountId;

    @BeforeEach
    void registry() {
        AuditTrail trail = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
        accounts = new AccountServiceImpl(database, trail);
        log = new TrailLog(database, trail);
        health = new OrganisationServiceImpl(database, trail).create(Caller.SYSTEM, new Organisation(null,
                "Министерство здравоохранения Алтайского края", "Минздрав", OrganisationKind.EXECUTIVE_BODY, null,
                null, null, null, false)).id();
        accountId = accounts.create(PRESS, new Account(null, health, "vk", "https://vk.com/minzdrav", "12345",
                "Минздрав Алтайского края", AccountState.ACTIVE, false, null, OfficialMark.GRANTED, null,
                new Appearance(true, true, false, false), null)).id();
        ConnectorTracker connectors = new ConnectorTracker();
        connectors.addConnector(vk);
        checks = new AccountCheckImpl(accounts, connectors, vault, log);
    }

    @Test
    void listsWhatTheNetworkShowsDifferently() {
        vault.put(accountId, Map.of("access_token", "token"));
        vk.card = new AccountCard(" Минздрав Алтайского края ", "", "https://vk.com/avatar.jpg",
                "https://vk.com/cover.jpg", false);
        AccountCheckResult result = checks.check(PRESS, accountId);
        assertEquals(Outcome.CHECKED, result.outcome());
        assertEquals(List.of(new CardDifference(CardField.DESCRIPTION, "true", "false"),
                new CardDifference(CardField.COVER, "false", "true"),
                new CardDifference(CardField.OFFICIAL_MARK, "true", "false")), result.differences());
        assertEquals(new NetworkAccount("12345", "https://vk.com/minzdrav"), vk.asked);
        assertEquals("token", vk.credentials.secrets().get("access_token"));
        assertAudited("CHECKED: 3 field(s) differ from the registry (DESCRIPTION, COVER, OFFICIAL_MARK)");
    }

    @Test
    void aMatchingCardHasNoDifferences() {
        vault.put(accountId, Map.of("access_token", "token"));
        vk.card = new AccountCard("Минздрав Алтайского края", "Новости", "a.jpg", null, true);
        AccountCheckResult result = checks.check(PRESS, accountId);
        assertEquals(Outcome.CHECKED, result.outcome());
        assertTrue(result.differences().isEmpty());
    }

    @Test
    void listsTheRightsTheCredentialsLack() {
        vault.put(accountId, Map.of("access_token", "token"));
        vk.card = new AccountCard("Минздрав Алтайского края", "Новости", "a.jpg", null, true, List.of(
                new AccessRight(AccountRight.PUBLISH, true, null),
                new AccessRight(AccountRight.DELETE_COMMENTS, false, "the bot may not delete comments"),
                new AccessRight(AccountRight.RESTRICT_USERS, false, null)));
        AccountCheckResult result = checks.check(PRESS, accountId);
        assertEquals(Outcome.CHECKED, result.outcome());
        assertTrue(result.differences().isEmpty());
        assertEquals(List.of(new MissingRight(AccountRight.DELETE_COMMENTS, "the bot may not delete comments"),
                new MissingRight(AccountRight.RESTRICT_USERS, null)), result.missingRights());
        assertEquals("The card matches the registry; the credentials lack rights SocialDesk needs: the bot may not "
                + "delete comments; RESTRICT_USERS", result.message());
        assertAudited("CHECKED: " + result.message() + " (missing rights: DELETE_COMMENTS, RESTRICT_USERS)");
    }

    @Test
    void aCardWithoutRightsReportsNoneMissing() {
        vault.put(accountId, Map.of("access_token", "token"));
        vk.card = new AccountCard("Минздрав Алтайского края", "", null, null, false);
        assertTrue(checks.check(PRESS, accountId).missingRights().isEmpty());
    }

    @Test
    void withoutAConnectorSaysSo() {
        vault.put(accountId, Map.of("access_token", "token"));
        AccountCheckResult result = new AccountCheckImpl(accounts, new ConnectorTracker(), vault, log)
                .check(PRESS, accountId);
        assertEquals(Outcome.NO_CONNECTOR, result.outcome());
        assertEquals("No connector for network 'vk' is installed", result.message());
        assertAudited("NO_CONNECTOR: No connector for network 'vk' is installed");
    }

    @Test
    void withoutTheIdOnTheNetworkSaysSo() {
        long unidentified = accounts.create(PRESS, new Account(null, health, "vk", "https://vk.com/zdrav22", null,
                "Минздрав", AccountState.ACTIVE, false)).id();
        vault.put(unidentified, Map.of("access_token", "token"));
        assertEquals(Outcome.NO_NETWORK_ID, checks.check(PRESS, unidentified).outcome());
        assertEquals(null, vk.asked, "the network is not asked");
    }

    @Test
    void withoutCredentialsSaysSo() {
        AccountCheckResult result = checks.check(PRESS, accountId);
        assertEquals(Outcome.NO_CREDENTIALS, result.outcome());
        assertEquals(null, vk.asked);
        assertAudited("NO_CREDENTIALS: No credentials are stored for the account");
    }

    @Test
    void aRefusedTokenIsReportedAsInvalidOrExpired() {
        vault.put(accountId, Map.of("access_token", "expired"));
        vk.failure = new AuthFailure("User authorization failed: access_token has expired");
        AccountCheckResult result = checks.check(PRESS, accountId);
        assertEquals(Outcome.NETWORK_REFUSED, result.outcome());
        assertEquals("The network refused the token as invalid or expired: User authorization failed: "
                + "access_token has expired", result.message());
        assertTrue(result.differences().isEmpty());
    }

    @Test
    void onlyCallersWhoMaySeeTheAccountCheckIt() {
        Caller otherEditor = new Caller("editor", Map.of(Role.EDITOR, Set.of(health + 1)));
        long audited = auditRows();
        assertThrows(AccessDeniedException.class, () -> checks.check(otherEditor, accountId));
        assertEquals(audited, auditRows(), "a denied check is not audited as a check");
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(health)));
        assertEquals(Outcome.NO_CREDENTIALS, checks.check(editor, accountId).outcome());
    }

    private void assertAudited(String summary) {
        AuditEntryEntity newest = database.read(em -> em.find(AuditEntryEntity.class, auditRows()));
        assertEquals("ACCOUNT_CHECKED", newest.getAction());
        assertEquals("press", newest.getActor());
        assertEquals(health, newest.getOrganisationId());
        assertEquals(String.valueOf(accountId), newest.getObjectId());
        assertEquals(summary, newest.getSummary());
    }

    private long auditRows() {
        return database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e", Long.class)
                .getSingleResult());
    }

    /** The security bundle's audit log does the same: one transaction per appended event. */
    private record TrailLog(Database database, AuditTrail trail) implements AuditLog {

        @Override
        public void append(AuditEvent event) {
            database.write(em -> {
                trail.append(em, event);
                return null;
            });
        }

        @Override
        public List<AuditEvent> find(Caller caller, AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException();
        }
    }
    /** Returns a set card or throws a set failure, and remembers what it was asked about. */
    private static final class FakeConnector implements Connector {

        AccountCard card;
        ConnectorException failure;
        NetworkAccount asked;
        Credentials credentials;

        @Override
        public ConnectorDescription description() {
            return new ConnectorDescription("vk", "ВКонтакте", Set.of(), Set.of(), false,
                    new Limits(4096, 1024, 10, 1 << 20, 10, 100));
        }

        @Override
        public AccountCard readAccountCard(NetworkAccount account, Credentials credentials)
                throws ConnectorException {
            asked = account;
            this.credentials = credentials;
            if (failure != null) {
                throw failure;
            }
            return card;
        }

        @Override
        public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication publication) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PublishedPost> findPublished(NetworkAccount account, Credentials credentials,
                Publication publication) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteComment(NetworkAccount account, Credentials credentials, CommentRef comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void restrictUser(NetworkAccount account, Credentials credentials, Restriction restriction) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void liftRestriction(NetworkAccount account, Credentials credentials, String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String reply(NetworkAccount account, Credentials credentials, CommentRef comment, String text) {
            throw new UnsupportedOperationException();
        }
    }
}
