package org.socialdesk.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One change of an organisation: who made it, when, and which fields it changed.
 *
 * @param number the organisation's versions count from 1, the creation
 */
public record OrganisationVersion(long organisationId, int number, Instant time, String actor,
        List<FieldChange> changes) {

    public OrganisationVersion {
        changes = List.copyOf(changes);
    }
}
