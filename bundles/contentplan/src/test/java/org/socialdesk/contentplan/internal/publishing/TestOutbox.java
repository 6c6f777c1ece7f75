package org.socialdesk.contentplan.internal.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.persistence.CacheRetrieveMode;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/** Accounts and outbox rows written straight into the database, as the content plan would leave them. */
final class TestOutbox {

    static final long ORGANISATION = 7;
    private static final Map<String, Object> FROM_DATABASE =
            Map.of("javax.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);

    private TestOutbox() {
    }

    /** The VK community's secrets as the token vault hands them to the connector. */
    static Map<String, String> vkSecrets(String userToken, String communityToken) {
        return Map.of("access_token", userToken, "community_token", communityToken);
    }

    static long account(Database database, String network, String networkId) {
        return database.write(em -> {
            AccountEntity account = new AccountEntity();
            account.setOrganisationId(ORGANISATION);
            account.setNetwork(network);
            account.setNetworkId(networkId);
            account.setUrl("https://" + network + ".example/" + networkId + "/" + System.nanoTime());
            account.setTitle("Министерство цифрового развития");
            account.setState(AccountState.ACTIVE);
            em.persist(account);
            em.flush();
            return account.getId();
        });
    }

    /** An approved post's row, due at {@code due}; its plan item id is the row's number in the test. */
    static long waitingRow(Database database, long accountId, long item, String text, Instant due) {
        return database.write(em -> {
            PublicationEntity row = new PublicationEntity(item, accountId, text, TargetState.WAITING.name(),
                    "item-" + item + "-account-" + accountId + "-round-1");
            row.setDue(due);
            em.persist(row);
            em.flush();
            return row.getId();
        });
    }

    /** Read from the database, not from this node's cache: another node may have changed it. */
    static PublicationEntity row(Database database, long id) {
        return database.read(em -> em.find(PublicationEntity.class, id, FROM_DATABASE));
    }

    static List<PublicationEntity> rows(Database database) {
        return database.read(em -> em.createQuery("SELECT p FROM PublicationEntity p ORDER BY p.id",
                PublicationEntity.class).setHint("javax.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList());
    }
}
