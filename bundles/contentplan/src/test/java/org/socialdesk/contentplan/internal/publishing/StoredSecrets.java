package org.socialdesk.contentplan.internal.publishing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.TokenVault;

/** A token vault holding secrets in memory (none until put); only the engine's side of it is used. */
public final class StoredSecrets implements TokenVault {

    private final Map<Long, Map<String, String>> secrets = new ConcurrentHashMap<>();

    public void put(long accountId, Map<String, String> accountSecrets) {
        secrets.put(accountId, Map.copyOf(accountSecrets));
    }

    @Override
    public Map<String, String> secretsForConnector(long accountId) {
        return secrets.getOrDefault(accountId, Map.of());
    }

    @Override
    public void store(Caller caller, long accountId, String name, char[] secret) {
        throw new UnsupportedOperationException("the engine never stores secrets");
    }

    @Override
    public void remove(Caller caller, long accountId, String name) {
        throw new UnsupportedOperationException("the engine never removes secrets");
    }

    @Override
    public Set<String> names(Caller caller, long accountId) {
        throw new UnsupportedOperationException("the engine never lists secrets");
    }
}
