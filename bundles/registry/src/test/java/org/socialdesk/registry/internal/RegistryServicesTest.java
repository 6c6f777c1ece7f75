package org.socialdesk.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AuditEntryEntity;

class RegistryServicesTest {

    @TempDir
    static Path data;

    private final Database database = InMemoryDatabase.create();
    private final AuditTrail audit = new AuditTrail(database, new ChainHeadFile(data.resolve("chain-head")));
    private final OrganisationServiceImpl organisations = new OrganisationServiceImpl(database, audit);
    private final AccountServiceImpl accounts = new AccountServiceImpl(database, audit);

    @Test
    void demoDataFillsAnEmptyDatabaseOnceAndIsMarked() {
        new DemoData(database, demo(true));
        new DemoData(database, demo(true));
        List<Organisation> all = organisations.list(Caller.SYSTEM);
        assertEquals(7, all.size());
        assertEquals(OrganisationKind.GOVERNMENT, all.get(0).kind());
        assertTrue(all.stream().allMatch(Organisation::demo));
        List<Account> government = accounts.listByOrganisation(Caller.SYSTEM, all.get(0).id());
        assertEquals(Set.of("vk", "ok", "telegram"), government.stream().map(Account::network)
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(government.stream().allMatch(a -> a.demo() && a.url().contains("demo_")));
    }

    @Test
    void demoDataCanBeSwitchedOff() {
        new DemoData(database, demo(false));
        assertTrue(organisations.list(Caller.SYSTEM).isEmpty());
    }

    @Test
    void anEditorSeesOnlyTheirOrganisations() {
        new DemoData(database, demo(true));
        long health = organisations.list(Caller.SYSTEM).stream()
                .filter(o -> o.shortName().equals("Минздрав")).findFirst().orElseThrow().id();
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of(health)));
        assertEquals(List.of("Минздрав"), organisations.list(editor).stream().map(Organisation::shortName).toList());
        long government = organisations.list(Caller.SYSTEM).get(0).id();
        assertThrows(AccessDeniedException.class, () -> accounts.listByOrganisation(editor, government));
        assertEquals(3, accounts.listByOrganisation(editor, health).size());
    }

    @Test
    void onlyThePressOfficeAndAdministratorsCreateOrganisations() {
        Organisation body = new Organisation(null, "Министерство спорта Алтайского края", "Минспорт",
                OrganisationKind.EXECUTIVE_BODY, null, null, null, null, false);
        Caller editor = new Caller("editor", Map.of(Role.EDITOR, Set.of()));
        assertThrows(AccessDeniedException.class, () -> organisations.create(editor, body));
        assertTrue(organisations.list(Caller.SYSTEM).isEmpty());
        Caller press = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));
        Organisation stored = organisations.create(press, body);
        assertEquals(List.of(stored), organisations.list(press));
        AuditEntryEntity audited = database.read(em -> em.find(AuditEntryEntity.class, 1L));
        assertEquals("press", audited.getActor());
        assertEquals(stored.id(), audited.getOrganisationId());
        assertEquals("ORGANISATION_CREATED", audited.getAction());
        assertTrue(audited.getSummary().startsWith(
                "name: (empty) -> \"Министерство спорта Алтайского края\"; shortName: (empty) -> \"Минспорт\""),
                audited.getSummary());
    }

    private static DemoData.Config demo(boolean enabled) {
        return new DemoData.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoData.Config.class;
            }

            @Override
            public boolean enabled() {
                return enabled;
            }
        };
    }
}
