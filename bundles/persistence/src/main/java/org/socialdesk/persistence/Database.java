package org.socialdesk.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;

/** Runs units of work against SocialDesk's database, each in its own transaction. */
public interface Database {

    /** Runs read-only work; nothing it changes is committed. */
    <T> T read(Function<EntityManager, T> work);

    /** Runs work in a transaction that commits when it returns and rolls back when it throws. */
    <T> T write(Function<EntityManager, T> work);
}
