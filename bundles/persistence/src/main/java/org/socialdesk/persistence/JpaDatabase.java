package org.socialdesk.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
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

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
