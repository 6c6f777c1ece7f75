package org.socialdesk.registry.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;

/** Follows connector services as their bundles are deployed and removed; the core never depends on one. */
@Component(service = ConnectorRegistry.class)
public class ConnectorTracker implements ConnectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorTracker.class);

    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConnector(Connector connector) {
        String id = connector.description().id();
        Connector previous = connectors.putIfAbsent(id, connector);
        if (previous != null) {
            LOG.warn("Ignoring a second connector for network '{}'", id);
        } else {
            LOG.info("Connector '{}' installed", id);
        }
    }

    void removeConnector(Connector connector) {
        if (connectors.remove(connector.description().id(), connector)) {
            LOG.info("Connector '{}' removed", connector.description().id());
        }
    }

    @Override
    public List<ConnectorDescription> installed() {
        return connectors.values().stream().map(Connector::description)
                .sorted(Comparator.comparing(ConnectorDescription::id)).toList();
    }

    @Override
    public Optional<Connector> find(String networkId) {
        return Optional.ofNullable(connectors.get(networkId));
    }
}
