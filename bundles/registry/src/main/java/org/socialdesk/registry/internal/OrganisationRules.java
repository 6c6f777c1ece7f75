package org.socialdesk.registry.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.persistence.entity.OrganisationEntity;

/** What the registry accepts as an organisation; the organisation form shows the same checks. */
final class OrganisationRules {

    /** Digits with the separators people write: +7 (3852) 20-00-00; 5 digits for an extension, 15 at most (E.164). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");
    private static final int PHONE_DIGITS_MIN = 5;
    private static final int PHONE_DIGITS_MAX = 15;
    /** Deliberately loose: the mail server is the judge; this catches typing slips such as a missing @ or domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private OrganisationRules() {
    }

    /**
     * The organisation as it will be stored, with blanks trimmed.
     *
     * @param self the stored organisation's id when it is being updated
     * @throws RegistryValidationException naming the first field that is wrong
     */
    static Organisation accepted(EntityManager em, Organisation o, Long self) {
        String name = Text.required("name", o.name(), "Name is required", 500);
        String shortName = Text.optional("shortName", o.shortName(), 200);
        String website = Text.optional("website", o.website(), 500);
        if (website != null && !isWebAddress(website)) {
            throw new RegistryValidationException("website", "Website must be an address starting with https://");
        }
        String region = Text.optional("region", o.region(), 200);
        rejectBadParent(em, o.parentId(), self);
        List<ResponsiblePerson> persons = new ArrayList<>();
        for (int i = 0; i < o.responsiblePersons().size(); i++) {
            persons.add(accepted(i, o.responsiblePersons().get(i)));
        }
        return new Organisation(o.id(), name, shortName, o.kind(), o.parentId(), website, region, o.timeZone(),
                o.demo(), persons);
    }

    private static ResponsiblePerson accepted(int index, ResponsiblePerson p) {
        String prefix = "responsiblePersons." + index + ".";
        String name = Text.required(prefix + "name", p.name(), "Responsible person's name is required", 200);
        String position = Text.optional(prefix + "position", p.position(), 200);
        String phone = Text.optional(prefix + "phone", p.phone(), 40);
        if (phone != null) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < PHONE_DIGITS_MIN || digits > PHONE_DIGITS_MAX) {
                throw new RegistryValidationException(prefix + "phone", "Phone number must have " + PHONE_DIGITS_MIN
                        + " to " + PHONE_DIGITS_MAX + " digits and only + ( ) - or spaces besides them");
            }
        }
        String email = Text.optional(prefix + "email", p.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RegistryValidationException(prefix + "email", "E-mail must look like name@example.ru");
        }
        return new ResponsiblePerson(name, position, phone, email);
    }

    /** A parent must exist, and an organisation may not end up above itself. */
    private static void rejectBadParent(EntityManager em, Long parentId, Long self) {
        Set<Long> seen = new HashSet<>();
        for (Long id = parentId; id != null; ) {
            if (id.equals(self)) {
                throw new RegistryValidationException("parentId", "An organisation cannot be placed under itself");
            }
            OrganisationEntity parent = em.find(OrganisationEntity.class, id);
            if (parent == null) {
                throw new RegistryValidationException("parentId", "Organisation " + id + " does not exist");
            }
            if (!seen.add(id)) {
                // a cycle stored before this check existed; it does not involve this organisation
                return;
            }
            id = parent.getParentId();
        }
    }

    private static boolean isWebAddress(String website) {
        try {
            URI uri = new URI(website);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
