package org.socialdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.persistence.entity.OrganisationEntity;

class JpaDatabaseTest {

    private final Database database = InMemoryDatabase.create();

    @Test
    void writeCommitsAndReadSeesIt() {
        database.write(em -> {
            em.persist(organisation("Правительство Алтайского края"));
            return null;
        });
        long count = database.read(em -> em.createNamedQuery("Organisation.all", OrganisationEntity.class)
                .getResultList().size());
        assertEquals(1, count);
    }

    @Test
    void failedWorkRollsBackEverything() {
        assertThrows(IllegalStateException.class, () -> database.write(em -> {
            em.persist(organisation("Министерство здравоохранения Алтайского края"));
            em.flush();
            throw new IllegalStateException("fails after the insert");
        }));
        long count = database.read(em -> (long) em.createNamedQuery("Organisation.all").getResultList().size());
        assertEquals(0, count);
    }

    @Test
    void afterCommitActionsRunOnceTheWriteHasCommitted() {
        List<Long> seen = new ArrayList<>();
        database.write(em -> {
            em.persist(organisation("Управление печати"));
            database.afterCommit(em, () -> seen.add(database.read(other -> (long) other
                    .createNamedQuery("Organisation.all").getResultList().size())));
            return null;
        });
        assertEquals(List.of(1L), seen);
    }

    @Test
    void afterCommitActionsOfARolledBackWriteNeverRun() {
        List<String> seen = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> database.write(em -> {
            database.afterCommit(em, () -> seen.add("ran"));
            throw new IllegalStateException("rolls back");
        }));
        assertTrue(seen.isEmpty());
    }

    @Test
    void afterCommitNeedsARunningWrite() {
        assertThrows(IllegalStateException.class,
                () -> database.read(em -> {
                    database.afterCommit(em, () -> { });
                    return null;
                }));
    }

    @Test
    void retriesWorkThatALockConflictRolledBackAndNothingElse() {
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        database.write(em -> {
            em.persist(organisation("Министерство финансов Алтайского края"));
            if (tries.incrementAndGet() == 1) {
                throw new javax.persistence.PersistenceException(
                        new java.sql.SQLException("A lock could not be obtained", "40XL1"));
            }
            return null;
        });
        assertEquals(2, tries.get());
        int stored = database.read(em -> em.createNamedQuery("Organisation.all").getResultList().size());
        assertEquals(1, stored);

        tries.set(0);
        assertThrows(javax.persistence.PersistenceException.class, () -> database.write(em -> {
            tries.incrementAndGet();
            throw new javax.persistence.PersistenceException(new java.sql.SQLException("bad column", "42X04"));
        }));
        assertEquals(1, tries.get());
    }

    private static OrganisationEntity organisation(String name) {
        OrganisationEntity entity = new OrganisationEntity();
        entity.setName(name);
        entity.setKind(OrganisationKind.GOVERNMENT);
        entity.setTimeZone("Asia/Barnaul");
        return entity;
    }
}
