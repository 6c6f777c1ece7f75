package org.socialdesk.persistence;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.TokenVault;

/**
 * A token vault in memory for the services that only hand an account's credentials to its connector (the
 * registry's check, publishing, moderation); storing, removing and listing are the security bundle's and fail
 * here. Kept in the test-jar every module's tests take {@link InMemoryDatabase} from, so that they share one.
 */
public final class MemoryVault implements TokenVault {

    private final Map<Long, Map<String, String>> secrets = new ConcurrentHashMap<>();

    public void put(long accountId, Map<String, String> accountSecrets) {
        secrets.put(accountId, Map.copyOf(accountSecrets));
    }

    public void clear() {
        secrets.clear();
    }

    @Override
    public Map<String, String> secretsForConnector(long accountId) {
        return secrets.getOrDefault(accountId, Map.of());
    }

    @Override
    public void store(Caller caller, long accountId, String name, char[] secret) {
        throw new UnsupportedOperationException("a memory vault is filled with put");
    }

    @Override
    public void remove(Caller caller, long accountId, String name) {
        throw new UnsupportedOperationException("a memory vault is emptied with clear");
    }

    @Override
    public Set<String> names(Caller caller, long accountId) {
        throw new UnsupportedOperationException("only what a connector is given can be read");
    }
}
