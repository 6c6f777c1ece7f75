package org.socialdesk.connector.testkit;

import org.socialdesk.connector.Connector;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;

/**
 * What a connector's test hands to {@link ConnectorContract}: the connector, pointed at a fresh fake network that
 * holds one account with no posts, and that account's credentials. Opened before each contract test, closed after.
 */
public interface ConnectorFixture extends AutoCloseable {

    Connector connector();

    NetworkAccount account();

    Credentials credentials();

    FakeNetwork network();

    /**
     * The most comments the connector returns in one {@link Connector#readComments} page as this fixture configured
     * it; the kit adds more than that to read across pages, so keep it small.
     */
    int commentsPerPage();

    /** Stops the fake network. */
    @Override
    void close() throws Exception;
}
