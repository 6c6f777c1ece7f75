package org.socialdesk.core.registry;

import java.util.List;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Caller;

/** Organisations that own official accounts. */
public interface OrganisationService {

    /** Organisations the caller may see, ordered by kind and name. */
    List<Organisation> list(Caller caller);

    /** Stores a new organisation and returns it with its id. */
    Organisation create(Caller caller, Organisation organisation);
}
