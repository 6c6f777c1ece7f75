package org.socialdesk.registry.internal;

import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.OrganisationEntity;

@Component(service = OrganisationService.class)
public class OrganisationServiceImpl implements OrganisationService {

    private final Database database;
    private final AuditTrail audit;

    @Activate
    public OrganisationServiceImpl(@Reference Database database, @Reference AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public List<Organisation> list(Caller caller) {
        return database.read(em -> em.createNamedQuery("Organisation.all", OrganisationEntity.class)
                .getResultStream().map(Mapping::organisation)
                .filter(o -> Visibility.canSee(caller, o.id()))
                // kinds are stored by name, so the database cannot order them by rank
                .sorted(Comparator.comparing(Organisation::kind)).toList());
    }

    @Override
    public Organisation create(Caller caller, Organisation organisation) {
        if (!caller.has(Role.ADMINISTRATOR) && !caller.has(Role.PRESS_OFFICE)) {
            throw new AccessDeniedException(caller.username() + " may not create organisations");
        }
        return database.write(em -> {
            OrganisationEntity entity = Mapping.entity(organisation);
            em.persist(entity);
            em.flush();
            Organisation created = Mapping.organisation(entity);
            audit.append(em, AuditEvent.of(caller.username(), created.id(), "ORGANISATION_CREATED", "Organisation",
                    created.id().toString(), "created " + created.kind() + " \"" + created.name() + "\""));
            return created;
        });
    }
}
