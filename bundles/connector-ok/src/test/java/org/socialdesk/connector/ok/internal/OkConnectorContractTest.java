package org.socialdesk.connector.ok.internal;

import java.io.IOException;
import org.socialdesk.connector.testkit.ConnectorContract;
import org.socialdesk.connector.testkit.ConnectorFixture;

/** The contract every connector keeps, against the fake OK. */
class OkConnectorContractTest extends ConnectorContract {

    @Override
    protected ConnectorFixture openFixture() throws IOException {
        return new OkFixture();
    }
}
