package org.socialdesk.connector.telegram.internal;

import java.io.IOException;
import org.socialdesk.connector.testkit.ConnectorContract;
import org.socialdesk.connector.testkit.ConnectorFixture;

/**
 * The contract every connector keeps, against the fake Telegram. One deviation: the captcha fault is skipped, as the
 * Bot API has no captcha. A publish whose answer was lost is found through the discussion group's automatic forward
 * of the post (see {@link LostPosts}).
 */
class TelegramConnectorContractTest extends ConnectorContract {

    @Override
    protected ConnectorFixture openFixture() throws IOException {
        return new TelegramFixture();
    }
}
