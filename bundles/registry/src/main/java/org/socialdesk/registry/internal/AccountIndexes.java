package org.socialdesk.registry.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.persistence.Database;

/**
 * Creates the account table's indexes on a database made before they were declared. EclipseLink's
 * {@code create-or-extend-tables} adds missing columns to an existing table but never its indexes, and without
 * them each page of the accounts grid sorts the whole table (see {@code tools/registry-bench}). Adding an index is
 * additive, so it needs no migration of its own beyond this.
 */
@Component(immediate = true)
public class AccountIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(AccountIndexes.class);
    private static final String TABLE = "SD_ACCOUNT";

    /** The indexes {@code AccountEntity} declares, by name, with their columns; a test keeps the two the same. */
    static final Map<String, String> INDEXES = new TreeMap<>(Map.of(
            "SD_ACCOUNT_TITLE", "TITLE,ID",
            "SD_ACCOUNT_ORGANISATION", "ORGANISATIONID,TITLE",
            "SD_ACCOUNT_PUBLISHED", "STATE,NETWORK,URL"));

    /** A missing index only slows the registry down, so a failure to create it is logged and the start goes on. */
    @Activate
    public AccountIndexes(@Reference Database database) {
        try {
            List<String> created = database.write(AccountIndexes::createMissing);
            if (!created.isEmpty()) {
                LOG.info("Created the registry's indexes {} on the existing table {}", created, TABLE);
            }
        } catch (RuntimeException e) {
            LOG.warn("The registry's indexes could not be checked or created; the accounts grid will be slower", e);
        }
    }

    private static List<String> createMissing(EntityManager em) {
        Set<String> present = present(em.unwrap(Connection.class));
        List<String> created = new ArrayList<>();
        INDEXES.forEach((name, columns) -> {
            if (!present.contains(name)) {
                em.createNativeQuery("CREATE INDEX " + name + " ON " + TABLE + " (" + columns + ")")
                        .executeUpdate();
                created.add(name);
            }
        });
        return created;
    }

    /** Index names in upper case: Derby reports them so, PostgreSQL in lower case. */
    static Set<String> present(Connection connection) {
        try {
            DatabaseMetaData metadata = connection.getMetaData();
            String table = metadata.storesLowerCaseIdentifiers() ? TABLE.toLowerCase(Locale.ROOT) : TABLE;
            Set<String> names = new HashSet<>();
            try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    String name = indexes.getString("INDEX_NAME");
                    if (name != null) {
                        names.add(name.toUpperCase(Locale.ROOT));
                    }
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot list the indexes of " + TABLE, e);
        }
    }
}
