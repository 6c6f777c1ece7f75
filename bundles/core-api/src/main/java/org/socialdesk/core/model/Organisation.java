package org.socialdesk.core.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A government body or institution that owns official accounts.
 *
 * @param id         stable identifier, {@code null} before the organisation is stored
 * @param parentId   the organisation this one reports to, or {@code null}
 * @param timeZone   zone in which its plan and its weekly quotas are counted
 * @param demo       {@code true} for demo data, so that nobody mistakes it for a real body
 * @param responsiblePersons who answers for its accounts, in the order the press office lists them
 */
public record Organisation(Long id, String name, String shortName, OrganisationKind kind, Long parentId,
        String website, String region, ZoneId timeZone, boolean demo, List<ResponsiblePerson> responsiblePersons) {

    public static final ZoneId ALTAI = ZoneId.of("Asia/Barnaul");

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        timeZone = timeZone == null ? ALTAI : timeZone;
        responsiblePersons = responsiblePersons == null ? List.of() : List.copyOf(responsiblePersons);
    }

    /** An organisation whose responsible persons are not recorded yet. */
    public Organisation(Long id, String name, String shortName, OrganisationKind kind, Long parentId,
            String website, String region, ZoneId timeZone, boolean demo) {
        this(id, name, shortName, kind, parentId, website, region, timeZone, demo, null);
    }
}
