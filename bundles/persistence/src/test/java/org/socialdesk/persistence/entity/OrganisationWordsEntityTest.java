package org.socialdesk.persistence.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.RollbackException;
import org.junit.jupiter.api.Test;
import org.socialdesk.persistence.InMemoryDatabase;

class OrganisationWordsEntityTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final EntityManagerFactory factory = InMemoryDatabase.factory();

    @Test
    void listsRoundTripLineByLine() {
        inTransaction(em -> {
            OrganisationWordsEntity words = new OrganisationWordsEntity(12);
            words.save(List.of("бюрократище", "микрозайм*", "без вложений"), List.of("Усть-Калманка"), NOW, "anna");
            em.persist(words);
        });
        EntityManager em = factory.createEntityManager();
        OrganisationWordsEntity read = em.find(OrganisationWordsEntity.class, 12L);
        assertEquals(List.of("бюрократище", "микрозайм*", "без вложений"), read.getBanned());
        assertEquals(List.of("Усть-Калманка"), read.getAllowed());
        assertEquals(NOW, read.getSavedAt());
        assertEquals("anna", read.getSavedBy());
        em.close();
    }

    @Test
    void emptyListsStayEmpty() {
        inTransaction(em -> {
            OrganisationWordsEntity words = new OrganisationWordsEntity(3);
            words.save(List.of(), List.of(), NOW, "anna");
            em.persist(words);
        });
        EntityManager em = factory.createEntityManager();
        assertEquals(List.of(), em.find(OrganisationWordsEntity.class, 3L).getBanned());
        assertEquals(List.of(), em.find(OrganisationWordsEntity.class, 3L).getAllowed());
        em.close();
    }

    @Test
    void aSaveOverAStaleCopyIsRefused() {
        inTransaction(em -> {
            OrganisationWordsEntity words = new OrganisationWordsEntity(7);
            words.save(List.of("один"), List.of(), NOW, "anna");
            em.persist(words);
        });
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        OrganisationWordsEntity mine = first.find(OrganisationWordsEntity.class, 7L);
        OrganisationWordsEntity theirs = second.find(OrganisationWordsEntity.class, 7L);
        first.getTransaction().begin();
        mine.save(List.of("два"), List.of(), NOW, "anna");
        first.getTransaction().commit();
        second.getTransaction().begin();
        theirs.save(List.of("три"), List.of(), NOW, "boris");
        assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        first.close();
        second.close();
        EntityManager em = factory.createEntityManager();
        assertEquals(List.of("два"), em.find(OrganisationWordsEntity.class, 7L).getBanned());
        em.close();
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        work.accept(em);
        em.getTransaction().commit();
        em.close();
    }
}
