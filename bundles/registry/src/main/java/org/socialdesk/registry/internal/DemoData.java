package org.socialdesk.registry.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.OrganisationEntity;

/**
 * Fills an empty registry with demo organisations and accounts so that a first start shows something. Every row
 * is flagged as demo and every page address starts with {@code demo_}, so nobody mistakes it for the real
 * registry; {@code enabled=false} in {@code etc/org.socialdesk.demo.cfg} turns it off.
 *
 * <p>Once it has run it is registered as a service with the property {@code socialdesk.demo=registry}, so that the
 * demo data of other areas (the content plan's) can wait for the demo accounts they refer to.
 */
@Component(immediate = true, configurationPid = "org.socialdesk.demo", service = Object.class,
        property = "socialdesk.demo=registry")
@Designate(ocd = DemoData.Config.class)
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String REGION = "Алтайский край";

    @ObjectClassDefinition(name = "SocialDesk demo data")
    public @interface Config {
        @AttributeDefinition(description = "Load demo organisations and accounts into an empty database")
        boolean enabled() default true;
    }

    private record Body(String name, String shortName, OrganisationKind kind, String slug) {
    }

    private static final List<Body> BODIES = List.of(
            new Body("Правительство Алтайского края", "Правительство", OrganisationKind.GOVERNMENT, "pravitelstvo"),
            new Body("Управление печати и массовых коммуникаций Алтайского края", "Управление печати",
                    OrganisationKind.EXECUTIVE_BODY, "pechat"),
            new Body("Министерство здравоохранения Алтайского края", "Минздрав", OrganisationKind.EXECUTIVE_BODY,
                    "minzdrav"),
            new Body("Министерство образования и науки Алтайского края", "Минобрнауки",
                    OrganisationKind.EXECUTIVE_BODY, "minobr"),
            new Body("Министерство сельского хозяйства Алтайского края", "Минсельхоз",
                    OrganisationKind.EXECUTIVE_BODY, "minselhoz"),
            new Body("Министерство культуры Алтайского края", "Минкультуры", OrganisationKind.EXECUTIVE_BODY,
                    "minkult"),
            new Body("Министерство социальной защиты Алтайского края", "Минсоцзащиты",
                    OrganisationKind.EXECUTIVE_BODY, "minsoc"));

    @Activate
    public DemoData(@Reference Database database, Config config) {
        if (!config.enabled()) {
            return;
        }
        boolean loaded = database.write(em -> {
            if (!em.createNamedQuery("Organisation.all").setMaxResults(1).getResultList().isEmpty()) {
                return false;
            }
            Long government = null;
            for (Body body : BODIES) {
                OrganisationEntity org = Mapping.entity(new Organisation(null, body.name(), body.shortName(),
                        body.kind(), government, "https://demo.example/" + body.slug(), REGION, null, true));
                em.persist(org);
                em.flush();
                if (government == null) {
                    government = org.getId();
                }
                for (Account account : accounts(org.getId(), body)) {
                    em.persist(Mapping.entity(account));
                }
            }
            return true;
        });
        if (loaded) {
            LOG.info("Loaded demo data: {} organisations with their accounts", BODIES.size());
        }
    }

    private static List<Account> accounts(long organisationId, Body body) {
        String slug = "demo_" + body.slug();
        return List.of(
                new Account(null, organisationId, "vk", "https://vk.com/" + slug, slug, body.shortName(),
                        AccountState.ACTIVE, true),
                new Account(null, organisationId, "ok", "https://ok.ru/group/" + slug, slug, body.shortName(),
                        AccountState.ACTIVE, true),
                new Account(null, organisationId, "telegram", "https://t.me/" + slug, "@" + slug, body.shortName(),
                        AccountState.ACTIVE, true));
    }
}
