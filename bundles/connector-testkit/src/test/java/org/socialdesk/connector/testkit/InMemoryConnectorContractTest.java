package org.socialdesk.connector.testkit;

/** The contract can be met: a correct connector passes all of it. */
class InMemoryConnectorContractTest extends ConnectorContract {

    @Override
    protected ConnectorFixture openFixture() {
        return new InMemoryFixture(new InMemoryNetwork());
    }
}
