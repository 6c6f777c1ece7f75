package org.socialdesk.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.OrganisationVersion;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;

class OrganisationServiceTest {

    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));
    private static final ResponsiblePerson IVANOVA = new ResponsiblePerson("Иванова Анна Петровна",
            "начальник отдела", "+7 (3852) 20-00-00", "ivanova@example.ru");

    @TempDir
    static Path data;

    private final Database database = InMemoryDatabase.create();
    private final OrganisationServiceImpl organisations = new OrganisationServiceImpl(database,
            new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head"))));

    @Test
    void responsiblePersonsAreStoredInTheirOrder() {
        ResponsiblePerson petrov = new ResponsiblePerson("Петров Иван", null, null, null);
        Organisation stored = organisations.create(PRESS, body("Минздрав", null, List.of(IVANOVA, petrov)));
        assertEquals(List.of(IVANOVA, petrov), organisations.find(PRESS, stored.id()).responsiblePersons());
        assertEquals(List.of(IVANOVA, petrov), organisations.list(PRESS).get(0).responsiblePersons());
    }

    @Test
    void badContactsAreRejectedNamingThePersonAndField() {
        assertRejected("responsiblePersons.0.email", new ResponsiblePerson("Иванова", null, null, "ivanova@"));
        assertRejected("responsiblePersons.0.email", new ResponsiblePerson("Иванова", null, null, "a b@example.ru"));
        assertRejected("responsiblePersons.0.phone", new ResponsiblePerson("Иванова", null, "20-00", null));
        assertRejected("responsiblePersons.0.phone", new ResponsiblePerson("Иванова", null, "8 800 ДОБРО", null));
        assertRejected("responsiblePersons.0.name", new ResponsiblePerson(" ", "начальник", null, null));
        assertTrue(organisations.list(PRESS).isEmpty(), "nothing of a rejected organisation is stored");
    }

    @Test
    void websiteMustBeAWebAddressAndParentMustExist() {
        Organisation noSite = new Organisation(null, "Минздрав", null, OrganisationKind.EXECUTIVE_BODY, null,
                "zdrav22.ru", null, null, false);
        assertEquals("website", assertThrows(RegistryValidationException.class,
                () -> organisations.create(PRESS, noSite)).field());
        assertEquals("parentId", assertThrows(RegistryValidationException.class,
                () -> organisations.create(PRESS, body("Минздрав", 999L, List.of()))).field());
    }

    @Test
    void anOrganisationCannotBePlacedUnderItsOwnDescendant() {
        Organisation government = organisations.create(PRESS, body("Правительство", null, List.of()));
        Organisation health = organisations.create(PRESS, body("Минздрав", government.id(), List.of()));
        Organisation loop = new Organisation(government.id(), "Правительство", null, OrganisationKind.GOVERNMENT,
                health.id(), null, null, null, false);
        assertEquals("parentId", assertThrows(RegistryValidationException.class,
                () -> organisations.update(PRESS, loop)).field());
        assertEquals(null, organisations.find(PRESS, government.id()).parentId());
    }

    @Test
    void everyChangeIsAVersionWithWhatChangedAndAnAuditEntry() {
        Organisation stored = organisations.create(PRESS, body("Минздрав", null, List.of()));
        Organisation changed = new Organisation(stored.id(), stored.name(), stored.shortName(), stored.kind(),
                null, "https://zdrav.alregn.ru", stored.region(), ZoneId.of("Asia/Barnaul"), false, List.of(IVANOVA));
        organisations.update(PRESS, changed);
        organisations.update(PRESS, changed);

        List<OrganisationVersion> versions = organisations.history(PRESS, stored.id());
        assertEquals(List.of(2, 1), versions.stream().map(OrganisationVersion::number).toList());
        assertEquals(Set.of(new FieldChange("website", null, "https://zdrav.alregn.ru"),
                new FieldChange("responsiblePersons", null,
                        "Иванова Анна Петровна, начальник отдела, +7 (3852) 20-00-00, ivanova@example.ru")),
                Set.copyOf(versions.get(0).changes()));
        assertEquals("press", versions.get(0).actor());
        List<String> actions = database.read(em -> em.createQuery(
                "SELECT e.action FROM AuditEntryEntity e ORDER BY e.sequence", String.class).getResultList());
        assertEquals(List.of("ORGANISATION_CREATED", "ORGANISATION_UPDATED"), actions);
    }

    @Test
    void onlyThePressOfficeAndAdministratorsChangeOrganisations() {
        Organisation stored = organisations.create(PRESS, body("Минздрав", null, List.of()));
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(stored.id())));
        Organisation renamed = new Organisation(stored.id(), "Министерство здравоохранения", null,
                OrganisationKind.EXECUTIVE_BODY, null, null, null, null, false);
        assertThrows(AccessDeniedException.class, () -> organisations.update(editor, renamed));
        assertEquals("Минздрав", organisations.find(editor, stored.id()).name());
        Caller other = new Caller("other", Map.of(Role.EDITOR, Set.of(stored.id() + 1)));
        assertThrows(AccessDeniedException.class, () -> organisations.find(other, stored.id()));
        assertThrows(AccessDeniedException.class, () -> organisations.history(other, stored.id()));
        Caller admin = new Caller("admin", Map.of(Role.ADMINISTRATOR, Set.of()));
        assertEquals("Министерство здравоохранения", organisations.update(admin, renamed).name());
        long updates = database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e"
                + " WHERE e.action = 'ORGANISATION_UPDATED'", Long.class).getSingleResult());
        assertEquals(1, updates);
    }

    private void assertRejected(String field, ResponsiblePerson person) {
        RegistryValidationException error = assertThrows(RegistryValidationException.class,
                () -> organisations.create(PRESS, body("Минздрав", null, List.of(person))));
        assertEquals(field, error.field());
    }

    private static Organisation body(String name, Long parent, List<ResponsiblePerson> persons) {
        return new Organisation(null, name, null, OrganisationKind.EXECUTIVE_BODY, parent, null, null, null, false,
                persons);
    }
}
