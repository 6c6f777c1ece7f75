package org.socialdesk.core.registry;

import java.util.List;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationVersion;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;

/**
 * Organisations that own official accounts. Administrators and the press office create and change them; every
 * change is stored as a version and audited in the same transaction.
 *
 * @throws AccessDeniedException       when the caller's roles do not allow the operation
 * @throws RegistryValidationException when a record is incomplete or contradicts the registry
 */
public interface OrganisationService {

    /** Organisations the caller may see, ordered by kind and name. */
    List<Organisation> list(Caller caller);

    /** The organisation, which the caller must be allowed to see. */
    Organisation find(Caller caller, long organisationId);

    /** Stores a new organisation and returns it with its id. */
    Organisation create(Caller caller, Organisation organisation);

    /** Replaces the stored organisation with the same id; its demo flag stays as it was. */
    Organisation update(Caller caller, Organisation organisation);

    /** The organisation's versions, newest first. */
    List<OrganisationVersion> history(Caller caller, long organisationId);
}
