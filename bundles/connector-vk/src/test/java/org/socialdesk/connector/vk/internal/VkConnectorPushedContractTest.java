package org.socialdesk.connector.vk.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.testkit.ConnectorContract;
import org.socialdesk.connector.testkit.ConnectorFixture;

/** The contract again with every comment both pushed by VK's Callback API and polled: each is read once. */
class VkConnectorPushedContractTest extends ConnectorContract {

    @TempDir
    Path callbackDirectory;

    @Override
    protected ConnectorFixture openFixture() throws Exception {
        return VkFixture.pushing(callbackDirectory);
    }
}
