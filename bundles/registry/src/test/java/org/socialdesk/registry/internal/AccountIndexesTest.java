package org.socialdesk.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.Table;
import org.junit.jupiter.api.Test;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.entity.AccountEntity;

class AccountIndexesTest {

    private final Database database = InMemoryDatabase.create();

    @Test
    void anIndexMissingFromAnOlderDatabaseIsCreatedAtStart() {
        database.write(em -> em.createNativeQuery("DROP INDEX SD_ACCOUNT_TITLE").executeUpdate());
        assertFalse(indexes().contains("SD_ACCOUNT_TITLE"));

        new AccountIndexes(database);
        assertTrue(indexes().containsAll(AccountIndexes.INDEXES.keySet()), indexes().toString());
    }

    @Test
    void theIndexesAreThoseTheEntityDeclares() {
        Map<String, String> declared = Arrays.stream(AccountEntity.class.getAnnotation(Table.class).indexes())
                .collect(Collectors.toMap(javax.persistence.Index::name,
                        index -> index.columnList().replace(" ", ""), (a, b) -> a, TreeMap::new));
        assertEquals(declared, AccountIndexes.INDEXES);
    }

    private Set<String> indexes() {
        return database.write(em -> AccountIndexes.present(em.unwrap(Connection.class)));
    }
}
