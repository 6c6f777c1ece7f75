package org.socialdesk.security.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.vault.MasterKeyRotation;
import org.socialdesk.core.vault.TokenVault;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.SecretEntity;

/**
 * Network credentials encrypted with AES-256-GCM under a master key kept in a file outside the database. Immediate,
 * so that the key is created, or an interrupted rekeying settled, when SocialDesk starts rather than at first use.
 */
@Component(service = {TokenVault.class, MasterKeyRotation.class}, immediate = true)
public class EncryptedTokenVault implements TokenVault, MasterKeyRotation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String OBJECT_TYPE = "Account";

    private final Database database;
    private final AuditTrail audit;
    private final MasterKeyFile keyFile;
    private final SecretCipher cipher = new SecretCipher();
    /**
     * Encrypting and decrypting hold the read lock, rekeying the write lock: a secret stored while a rekeying runs
     * would stay under the previous key, which is then gone.
     */
    private final ReadWriteLock keyLock = new ReentrantReadWriteLock();
    private MasterKey key;

    @Activate
    public EncryptedTokenVault(@Reference Database database, @Reference AuditTrail audit) {
        this(database, audit, MasterKeyFile.inKarafEtc());
    }

    EncryptedTokenVault(Database database, AuditTrail audit, MasterKeyFile keyFile) {
        this.database = database;
        this.audit = audit;
        this.keyFile = keyFile;
        this.key = keyFile.load(keyId -> database.read(em -> em.createNamedQuery("Secret.countByKey", Long.class)
                .setParameter("keyId", keyId).getSingleResult()) > 0);
    }

    @Override
    public void store(Caller caller, long accountId, String name, char[] secret) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a secret's name is 1 to 100 latin letters, digits, '.', '_' or '-'");
        }
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("the secret is empty");
        }
        byte[] plaintext = utf8(secret);
        keyLock.readLock().lock();
        try {
            database.write(em -> {
                AccountEntity account = editable(em, caller, accountId);
                Optional<SecretEntity> stored = find(em, accountId, name);
                SecretEntity entity = stored.orElseGet(() -> new SecretEntity(accountId, name));
                cipher.encrypt(key, entity, plaintext);
                if (stored.isEmpty()) {
                    em.persist(entity);
                }
                audit.append(em, AuditEvent.of(caller.username(), account.getOrganisationId(),
                        stored.isPresent() ? "SECRET_REPLACED" : "SECRET_STORED", OBJECT_TYPE,
                        Long.toString(accountId), "secret " + name + (stored.isPresent() ? " replaced" : " stored")));
                return null;
            });
        } finally {
            keyLock.readLock().unlock();
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    @Override
    public void remove(Caller caller, long accountId, String name) {
        database.write(em -> {
            AccountEntity account = editable(em, caller, accountId);
            find(em, accountId, name).ifPresent(secret -> {
                em.remove(secret);
                audit.append(em, AuditEvent.of(caller.username(), account.getOrganisationId(), "SECRET_REMOVED",
                        OBJECT_TYPE, Long.toString(accountId), "secret " + name + " removed"));
            });
            return null;
        });
    }

    @Override
    public Set<String> names(Caller caller, long accountId) {
        return database.read(em -> {
            AccountEntity account = account(em, accountId);
            if (!mayEdit(caller, account) && !caller.has(Role.AUDITOR, account.getOrganisationId())) {
                throw new AccessDeniedException(caller.username() + " may not see the credentials of account "
                        + accountId);
            }
            Set<String> names = new LinkedHashSet<>();
            secrets(em, accountId).forEach(secret -> names.add(secret.getName()));
            return Collections.unmodifiableSet(names);
        });
    }

    @Override
    public Map<String, String> secretsForConnector(long accountId) {
        keyLock.readLock().lock();
        try {
            return database.read(em -> secrets(em, accountId).stream().collect(Collectors.toUnmodifiableMap(
                    SecretEntity::getName, secret -> new String(cipher.decrypt(key, secret), StandardCharsets.UTF_8))));
        } finally {
            keyLock.readLock().unlock();
        }
    }

    /**
     * Crash-safe because the key file and the database never disagree without a way back. In order:
     * <ol>
     * <li>the current key is copied to the backup file, then the new key replaces the key file (each written to a
     * temporary file, synced and renamed atomically);</li>
     * <li>one transaction re-encrypts every secret under the new key and appends the audit entry;</li>
     * <li>only after it committed is the backup deleted; if it fails, the backup is moved back.</li>
     * </ol>
     * A crash between 1 and 3 leaves the backup behind. At the next start {@link MasterKeyFile#load} settles it by
     * the key ids the secrets carry: if any secret is still under the backup's key the transaction did not commit and
     * the backup becomes the key again; otherwise it committed and the backup is deleted.
     */
    @Override
    public Rotation rekey(Caller caller) {
        if (!caller.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException(caller.username() + " may not replace the master key");
        }
        keyLock.writeLock().lock();
        try {
            MasterKey previous = key;
            MasterKey next = MasterKey.generate();
            keyFile.replace(next);
            int secrets;
            try {
                secrets = database.write(em -> {
                    List<SecretEntity> all = em.createNamedQuery("Secret.all", SecretEntity.class).getResultList();
                    for (SecretEntity secret : all) {
                        byte[] plaintext = cipher.decrypt(previous, secret);
                        cipher.encrypt(next, secret, plaintext);
                        Arrays.fill(plaintext, (byte) 0);
                    }
                    audit.append(em, AuditEvent.of(caller.username(), null, "VAULT_REKEYED", "MasterKey", next.id(),
                            all.size() + " secrets re-encrypted under master key " + next.id() + ", replacing "
                                    + previous.id()));
                    return all.size();
                });
            } catch (RuntimeException e) {
                try {
                    keyFile.restoreBackup();
                } catch (RuntimeException restoring) {
                    e.addSuppressed(restoring);
                }
                throw e;
            }
            keyFile.dropBackup();
            key = next;
            return new Rotation(previous.id(), next.id(), secrets);
        } finally {
            keyLock.writeLock().unlock();
        }
    }

    /** The press office and administrators edit every account, editors the accounts of their organisations. */
    private static boolean mayEdit(Caller caller, AccountEntity account) {
        return caller.has(Role.ADMINISTRATOR) || caller.has(Role.PRESS_OFFICE)
                || caller.has(Role.EDITOR, account.getOrganisationId());
    }

    private static AccountEntity editable(EntityManager em, Caller caller, long accountId) {
        AccountEntity account = account(em, accountId);
        if (!mayEdit(caller, account)) {
            throw new AccessDeniedException(caller.username() + " may not change the credentials of account "
                    + accountId);
        }
        return account;
    }

    private static AccountEntity account(EntityManager em, long accountId) {
        AccountEntity account = em.find(AccountEntity.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("unknown account " + accountId);
        }
        return account;
    }

    private static Optional<SecretEntity> find(EntityManager em, long accountId, String name) {
        return em.createNamedQuery("Secret.byAccountAndName", SecretEntity.class).setParameter("accountId", accountId)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private static List<SecretEntity> secrets(EntityManager em, long accountId) {
        return em.createNamedQuery("Secret.byAccount", SecretEntity.class).setParameter("accountId", accountId)
                .getResultList();
    }

    /** Encodes without an intermediate String, which could not be wiped. */
    private static byte[] utf8(char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
