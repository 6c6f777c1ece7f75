package org.socialdesk.moderation.internal;

import java.util.function.Function;
import javax.persistence.EntityManager;
import org.socialdesk.persistence.Database;

/** A database whose next write can be made to die after its work ran and before it commits, as in a crash. */
final class CrashingDatabase implements Database {

    private final Database database;
    private volatile boolean crashNextWrite;

    CrashingDatabase(Database database) {
        this.database = database;
    }

    void crashNextWrite() {
        crashNextWrite = true;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return database.read(work);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return database.write(em -> {
            T result = work.apply(em);
            em.flush();
            if (crashNextWrite) {
                crashNextWrite = false;
                throw new IllegalStateException("crash before the commit");
            }
            return result;
        });
    }

    @Override
    public void afterCommit(EntityManager em, Runnable action) {
        database.afterCommit(em, action);
    }
}
