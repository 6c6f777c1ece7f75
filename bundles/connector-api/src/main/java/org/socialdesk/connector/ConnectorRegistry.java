package org.socialdesk.connector;

import java.util.List;
import java.util.Optional;

/** The connectors installed right now; they come and go with their bundles. */
public interface ConnectorRegistry {

    /** Descriptions of the installed connectors, ordered by id. */
    List<ConnectorDescription> installed();

    /** The connector for a network id, if one is installed now. */
    Optional<Connector> find(String networkId);
}
