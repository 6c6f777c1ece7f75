package org.socialdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static OrganisationEntity organisation(String name) {
        OrganisationEntity entity = new OrganisationEntity();
        entity.setName(name);
        entity.setKind(OrganisationKind.GOVERNMENT);
        entity.setTimeZone("Asia/Barnaul");
        return entity;
    }
}
