package org.socialdesk.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;

/** Runs units of work against SocialDesk's database, each in its own transaction. */
public interface Database {

    /** Runs read-only work; nothing it changes is committed. */
    <T> T read(Function<EntityManager, T> work);

    /** Runs work in a transaction that commits when it returns and rolls back when it throws. */
    <T> T write(Function<EntityManager, T> work);

    /**
     * Runs an action once the {@link #write} transaction of {@code em} has committed, and never when it rolls back:
     * for records outside the database that must not get ahead of it. The change is committed when the action
     * runs, so it must handle its own failures instead of throwing.
     *
     * @throws IllegalStateException when {@code em} is not the entity manager of a running write
     */
    void afterCommit(EntityManager em, Runnable action);
}
