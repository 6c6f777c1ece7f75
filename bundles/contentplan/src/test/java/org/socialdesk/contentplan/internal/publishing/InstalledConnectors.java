package org.socialdesk.contentplan.internal.publishing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;

/** A fixed set of connectors, by network id. */
final class InstalledConnectors implements ConnectorRegistry {

    private final Map<String, Connector> connectors;

    InstalledConnectors(Map<String, Connector> connectors) {
        this.connectors = Map.copyOf(connectors);
    }

    @Override
    public List<ConnectorDescription> installed() {
        return connectors.values().stream().map(Connector::description)
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @Override
    public Optional<Connector> find(String networkId) {
        return Optional.ofNullable(connectors.get(networkId));
    }
}
