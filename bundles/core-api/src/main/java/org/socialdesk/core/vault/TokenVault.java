package org.socialdesk.core.vault;

import java.util.Map;
import java.util.Set;
import org.socialdesk.core.security.Caller;

/**
 * Network credentials of the accounts (VK tokens, Telegram bot tokens, OK application keys), kept encrypted with a
 * master key that lives outside the database. Nothing here ever returns a stored secret to a person.
 */
public interface TokenVault {

    /** Stores or replaces one secret of an account; the caller must be allowed to edit the account. */
    void store(Caller caller, long accountId, String name, char[] secret);

    /** Removes one secret of an account. */
    void remove(Caller caller, long accountId, String name);

    /** Names of the secrets stored for an account, never their values. */
    Set<String> names(Caller caller, long accountId);

    /**
     * The decrypted secrets of an account, for a connector call made by the platform itself (publishing,
     * moderation). Not for user interfaces: it takes no caller because no person may read them back.
     */
    Map<String, String> secretsForConnector(long accountId);
}
