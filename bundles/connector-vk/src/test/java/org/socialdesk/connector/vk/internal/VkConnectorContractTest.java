package org.socialdesk.connector.vk.internal;

import java.io.IOException;
import org.socialdesk.connector.testkit.ConnectorContract;
import org.socialdesk.connector.testkit.ConnectorFixture;

/** The contract every connector keeps, against the fake VK. */
class VkConnectorContractTest extends ConnectorContract {

    @Override
    protected ConnectorFixture openFixture() throws IOException {
        return new VkFixture();
    }
}
