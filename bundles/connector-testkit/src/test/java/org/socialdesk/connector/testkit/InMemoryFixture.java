package org.socialdesk.connector.testkit;

import org.socialdesk.connector.Connector;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;

record InMemoryFixture(InMemoryNetwork network, Connector connector) implements ConnectorFixture {

    static final int COMMENTS_PER_PAGE = 3;

    InMemoryFixture(InMemoryNetwork network) {
        this(network, new InMemoryConnector(network, COMMENTS_PER_PAGE));
    }

    @Override
    public NetworkAccount account() {
        return new NetworkAccount("health", "memory://health");
    }

    @Override
    public Credentials credentials() {
        return Credentials.of("access_token", "secret-token-value");
    }

    @Override
    public int commentsPerPage() {
        return COMMENTS_PER_PAGE;
    }

    @Override
    public void close() {
    }
}
