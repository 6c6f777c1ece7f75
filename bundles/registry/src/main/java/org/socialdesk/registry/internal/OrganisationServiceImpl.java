package org.socialdesk.registry.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationVersion;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.OrganisationPersonEntity;

@Component(service = OrganisationService.class)
public class OrganisationServiceImpl implements OrganisationService {

    private final Database database;
    private final OrganisationHistory history;

    @Activate
    public OrganisationServiceImpl(@Reference Database database, @Reference AuditTrail audit) {
        this.database = database;
        this.history = new OrganisationHistory(audit);
    }

    @Override
    public List<Organisation> list(Caller caller) {
        return database.read(em -> {
            // one query for every organisation's persons instead of one per organisation
            Map<Long, List<OrganisationPersonEntity>> persons = em
                    .createNamedQuery("OrganisationPerson.all", OrganisationPersonEntity.class).getResultStream()
                    .collect(Collectors.groupingBy(OrganisationPersonEntity::getOrganisationId));
            return em.createNamedQuery("Organisation.all", OrganisationEntity.class).getResultStream()
                    .filter(o -> Visibility.canSee(caller, o.getId()))
                    .map(o -> Mapping.organisation(o, persons.getOrDefault(o.getId(), List.of())))
                    // kinds are stored by name, so the database cannot order them by rank
                    .sorted(Comparator.comparing(Organisation::kind)).toList();
        });
    }

    @Override
    public Organisation find(Caller caller, long organisationId) {
        EditRights.requireSee(caller, organisationId);
        return database.read(em -> organisation(em, stored(em, organisationId)));
    }

    @Override
    public Organisation create(Caller caller, Organisation organisation) {
        requireKeeper(caller, "create");
        return database.write(em -> {
            Organisation accepted = OrganisationRules.accepted(em, organisation, null);
            OrganisationEntity entity = Mapping.entity(accepted);
            em.persist(entity);
            em.flush();
            Organisation created = withId(accepted, entity.getId());
            Mapping.persons(created).forEach(em::persist);
            history.record(em, caller, "ORGANISATION_CREATED", OrganisationHistory.fields(null), created);
            return created;
        });
    }

    @Override
    public Organisation update(Caller caller, Organisation organisation) {
        Objects.requireNonNull(organisation.id(), "id");
        requireKeeper(caller, "change");
        return database.write(em -> {
            OrganisationEntity entity = stored(em, organisation.id());
            Organisation before = organisation(em, entity);
            Organisation accepted = OrganisationRules.accepted(em, withDemo(organisation, entity.isDemo()),
                    organisation.id());
            Mapping.copy(accepted, entity);
            em.createQuery("DELETE FROM OrganisationPersonEntity p WHERE p.organisationId = :organisationId")
                    .setParameter("organisationId", accepted.id()).executeUpdate();
            Mapping.persons(accepted).forEach(em::persist);
            em.flush();
            history.record(em, caller, "ORGANISATION_UPDATED", OrganisationHistory.fields(before), accepted);
            return accepted;
        });
    }

    @Override
    public List<OrganisationVersion> history(Caller caller, long organisationId) {
        EditRights.requireSee(caller, organisationId);
        return database.read(em -> {
            stored(em, organisationId);
            return OrganisationHistory.versions(em, organisationId);
        });
    }

    /** The press office keeps the registry (д.3); the organisations are its frame, so editors do not change them. */
    private static void requireKeeper(Caller caller, String verb) {
        if (!caller.has(Role.ADMINISTRATOR) && !caller.has(Role.PRESS_OFFICE)) {
            throw new AccessDeniedException(caller.username() + " may not " + verb + " organisations");
        }
    }

    private static OrganisationEntity stored(EntityManager em, long organisationId) {
        OrganisationEntity entity = em.find(OrganisationEntity.class, organisationId);
        if (entity == null) {
            throw new NoSuchElementException("Organisation " + organisationId + " does not exist");
        }
        return entity;
    }

    private static Organisation organisation(EntityManager em, OrganisationEntity entity) {
        return Mapping.organisation(entity, em.createNamedQuery("OrganisationPerson.byOrganisation",
                OrganisationPersonEntity.class).setParameter("organisationId", entity.getId()).getResultList());
    }

    private static Organisation withId(Organisation o, long id) {
        return new Organisation(id, o.name(), o.shortName(), o.kind(), o.parentId(), o.website(), o.region(),
                o.timeZone(), o.demo(), o.responsiblePersons());
    }

    private static Organisation withDemo(Organisation o, boolean demo) {
        return new Organisation(o.id(), o.name(), o.shortName(), o.kind(), o.parentId(), o.website(), o.region(),
                o.timeZone(), demo, o.responsiblePersons());
    }
}
