package org.socialdesk.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link Database} over the {@code socialdesk} persistence unit that Aries JPA publishes once its DataSource
 * (from {@code etc/org.ops4j.datasource-socialdesk.cfg}) is up.
 */
@Component(service = Database.class)
public final class JpaDatabase implements Database {

    private final EntityManagerFactory factory;
    /** The after-commit actions of each running write, by its entity manager's identity. */
    private final Map<EntityManager, List<Runnable>> afterCommit = Collections.synchronizedMap(new IdentityHashMap<>());

    @Activate
    public JpaDatabase(@Reference(target = "(osgi.unit.name=socialdesk)") EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /**
     * Runs the work again, in a fresh transaction, when the database rolled the first try back because of a lock
     * conflict with a concurrent transaction (SQL state class 40, e.g. Derby's identity generator meeting the
     * audit chain's lock). The work has no effect outside the transaction, so repeating it is safe.
     */
    @Override
    public <T> T write(Function<EntityManager, T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return writeOnce(work);
            } catch (PersistenceException e) {
                if (attempt == MAX_ATTEMPTS || !isTransactionConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    private static boolean isTransactionConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private <T> T writeOnce(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        List<Runnable> actions = new ArrayList<>();
        afterCommit.put(em, actions);
        T result;
        try {
            tx.begin();
            result = work.apply(em);
            tx.commit();
        } finally {
            afterCommit.remove(em);
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
        actions.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(EntityManager em, Runnable action) {
        List<Runnable> actions = afterCommit.get(em);
        if (actions == null) {
            throw new IllegalStateException("not inside a write transaction of this database");
        }
        actions.add(action);
    }
}
