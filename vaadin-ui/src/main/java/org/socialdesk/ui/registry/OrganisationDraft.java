package org.socialdesk.ui.registry;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.model.ResponsiblePerson;

/**
 * What the organisation form's binder writes to. The demo flag is not edited: the service keeps the stored one.
 */
final class OrganisationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;

    String name = "";
    String shortName = "";
    OrganisationKind kind = OrganisationKind.EXECUTIVE_BODY;
    Long parentId;
    String website = "";
    String region = "";
    String timeZone = Organisation.ALTAI.getId();
    List<ResponsiblePerson> persons = new ArrayList<>();

    /** A new organisation under the given one, or a root when it is {@code null}. */
    OrganisationDraft(Long parentId) {
        this.id = null;
        this.parentId = parentId;
    }

    private OrganisationDraft(Organisation o) {
        this.id = o.id();
        name = o.name();
        shortName = blankForNull(o.shortName());
        kind = o.kind();
        parentId = o.parentId();
        website = blankForNull(o.website());
        region = blankForNull(o.region());
        timeZone = o.timeZone().getId();
        persons = new ArrayList<>(o.responsiblePersons());
    }

    static OrganisationDraft of(Organisation organisation) {
        return new OrganisationDraft(organisation);
    }

    Long id() {
        return id;
    }

    boolean isNew() {
        return id == null;
    }

    Organisation toOrganisation() {
        return new Organisation(id, name, shortName, kind, parentId, website, region,
                ZoneId.of(timeZone), false, persons);
    }

    private static String blankForNull(String value) {
        return value == null ? "" : value;
    }
}
