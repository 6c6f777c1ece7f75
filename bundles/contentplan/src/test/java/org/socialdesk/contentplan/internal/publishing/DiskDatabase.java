package org.socialdesk.contentplan.internal.publishing;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.JpaDatabase;

/**
 * The real persistence unit on an embedded Derby database in a folder, so that it outlives a killed process. Derby
 * lets one process open it at a time: {@link #close()} shuts it down before another process opens it.
 */
final class DiskDatabase implements AutoCloseable {

    private final Path folder;
    private final EntityManagerFactory factory;
    private final Database database;

    /** Creates the database and its schema. */
    static DiskDatabase create(Path folder) {
        return new DiskDatabase(folder, true);
    }

    /** Opens the database created before, without extending its schema again. */
    static DiskDatabase open(Path folder) {
        return new DiskDatabase(folder, false);
    }

    private DiskDatabase(Path folder, boolean create) {
        this.folder = folder.toAbsolutePath();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(this.folder.toString());
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        if (create) {
            dataSource.setCreateDatabase("create");
        } else {
            properties.put("eclipselink.ddl-generation", "none");
        }
        this.factory = new PersistenceProvider().createEntityManagerFactory("socialdesk", properties);
        this.database = new JpaDatabase(factory);
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        factory.close();
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(folder.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
            throw new IllegalStateException("Derby did not shut " + folder + " down");
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby could not shut " + folder + " down", e);
            }
        }
    }
}
