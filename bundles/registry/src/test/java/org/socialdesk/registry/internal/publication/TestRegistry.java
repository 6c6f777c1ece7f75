package org.socialdesk.registry.internal.publication;

import java.lang.annotation.Annotation;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.OrganisationPersonEntity;
import org.socialdesk.registry.internal.DemoData;

/** A registry in an in-memory Derby database, filled with the demo data and whatever a test adds. */
final class TestRegistry {

    final Database database = InMemoryDatabase.create();

    static TestRegistry withDemoData() {
        TestRegistry registry = new TestRegistry();
        new DemoData(registry.database, new DemoData.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoData.Config.class;
            }

            @Override
            public boolean enabled() {
                return true;
            }
        });
        return registry;
    }

    long organisation(String name, OrganisationKind kind, String website, String region) {
        return database.write(em -> {
            OrganisationEntity o = new OrganisationEntity();
            o.setName(name);
            o.setShortName(name);
            o.setKind(kind);
            o.setWebsite(website);
            o.setRegion(region);
            o.setTimeZone("Asia/Barnaul");
            em.persist(o);
            em.flush();
            return o.getId();
        });
    }

    void responsiblePerson(long organisation, String name, String position, String phone, String email) {
        database.write(em -> {
            em.persist(new OrganisationPersonEntity(organisation, 0, name, position, phone, email));
            return null;
        });
    }

    long account(long organisation, String network, String url, String networkId, String title,
            AccountState state) {
        return database.write(em -> {
            AccountEntity a = new AccountEntity();
            a.setOrganisationId(organisation);
            a.setNetwork(network);
            a.setUrl(url);
            a.setNetworkId(networkId);
            a.setTitle(title);
            a.setState(state);
            em.persist(a);
            em.flush();
            return a.getId();
        });
    }

    void retitle(long account, String title) {
        database.write(em -> {
            em.find(AccountEntity.class, account).setTitle(title);
            return null;
        });
    }

    long idOf(String shortName) {
        return new PublicRegistry(database).all().stream().filter(o -> shortName.equals(o.shortName()))
                .findFirst().orElseThrow().id();
    }
}
