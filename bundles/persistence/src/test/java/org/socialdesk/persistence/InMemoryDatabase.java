package org.socialdesk.persistence;

import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** The real persistence unit on a private in-memory Derby database, for tests outside the container. */
public final class InMemoryDatabase {

    private InMemoryDatabase() {
    }

    public static EntityManagerFactory factory() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:sd-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return new PersistenceProvider().createEntityManagerFactory("socialdesk",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    public static Database create() {
        return new JpaDatabase(factory());
    }
}
