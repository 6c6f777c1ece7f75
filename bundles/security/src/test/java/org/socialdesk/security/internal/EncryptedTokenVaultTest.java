package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.vault.MasterKeyRotation.Rotation;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.SecretEntity;

class EncryptedTokenVaultTest {

    static final String TOKEN = "vk1.a.SocialDeskTestToken-7f3c9a2e41d8";
    private static final Caller ADMIN = new Caller("admin", Map.of(Role.ADMINISTRATOR, Set.of()));
    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));

    @TempDir
    Path folder;

    private final Database database = InMemoryDatabase.create();
    private AuditTrail trail;
    private ChainedAuditLog log;
    private MasterKeyFile keyFile;
    private EncryptedTokenVault vault;
    private long health;
    private long healthVk;
    private long culture;
    private long cultureVk;

    @BeforeEach
    void vaultAndTwoOrganisationsWithAnAccountEach() {
        trail = new AuditTrail(database, new ChainHeadFile(folder.resolve("data/audit/chain-head")));
        log = new ChainedAuditLog(database, trail);
        keyFile = new MasterKeyFile(folder.resolve("etc/socialdesk-master.key"));
        vault = new EncryptedTokenVault(database, trail, keyFile);
        health = organisation(database, "Минздрав");
        healthVk = account(database, health, "https://vk.com/minzdrav22");
        culture = organisation(database, "Минкультуры");
        cultureVk = account(database, culture, "https://vk.com/minkult22");
    }

    @Test
    void storesAndReadsBackForConnectorsButShowsPeopleOnlyNames() {
        vault.store(PRESS, healthVk, "vk.token", TOKEN.toCharArray());
        vault.store(PRESS, healthVk, "vk.group", "club123".toCharArray());

        assertEquals(Set.of("vk.group", "vk.token"), vault.names(PRESS, healthVk));
        assertEquals(Map.of("vk.token", TOKEN, "vk.group", "club123"), vault.secretsForConnector(healthVk));
        assertEquals(Map.of(), vault.secretsForConnector(cultureVk));

        vault.store(PRESS, healthVk, "vk.token", "vk1.a.replacement".toCharArray());
        assertEquals("vk1.a.replacement", vault.secretsForConnector(healthVk).get("vk.token"));
        vault.remove(PRESS, healthVk, "vk.group");
        assertEquals(Set.of("vk.token"), vault.names(PRESS, healthVk));

        List<AuditEvent> events = log.find(ADMIN, AuditQuery.newest(0));
        assertEquals(List.of("secret vk.group removed", "secret vk.token replaced", "secret vk.group stored",
                "secret vk.token stored"), events.stream().map(AuditEvent::summary).toList());
        assertTrue(events.stream().allMatch(e -> e.organisationId() == health && e.actor().equals("press")
                && e.objectId().equals(Long.toString(healthVk))));
        assertTrue(events.stream().noneMatch(e -> e.summary().contains(TOKEN) || e.summary().contains("club123")));
    }

    @Test
    void aCiphertextCopiedToAnotherAccountDoesNotDecrypt() {
        vault.store(ADMIN, healthVk, "vk.token", TOKEN.toCharArray());
        vault.store(ADMIN, cultureVk, "vk.token", "vk1.a.other".toCharArray());
        database.write(em -> {
            SecretEntity original = secret(em, healthVk);
            secret(em, cultureVk).seal(original.getKeyId(), original.getNonce(), original.getCiphertext(),
                    original.getUpdatedAt());
            return null;
        });

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> vault.secretsForConnector(cultureVk));
        assertEquals("secret 'vk.token' of account " + cultureVk + " does not decrypt: it was encrypted for "
                + "another account or name, or it was altered", refused.getMessage());
        assertEquals(TOKEN, vault.secretsForConnector(healthVk).get("vk.token"));
    }

    @Test
    void rekeyingKeepsEverySecretReadableUnderANewKeyAndNewCiphertexts() throws Exception {
        vault.store(ADMIN, healthVk, "vk.token", TOKEN.toCharArray());
        vault.store(ADMIN, healthVk, "vk.group", "club123".toCharArray());
        vault.store(ADMIN, cultureVk, "vk.token", "vk1.a.culture".toCharArray());
        Map<String, byte[]> before = ciphertexts();

        Rotation rotation = vault.rekey(ADMIN);

        assertNotEquals(rotation.previousKeyId(), rotation.newKeyId());
        assertEquals(3, rotation.secrets());
        Map<String, byte[]> after = ciphertexts();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((secret, ciphertext) -> assertFalse(Arrays.equals(ciphertext, after.get(secret)), secret));
        boolean allUnderTheNewKey = database.read(em -> em.createNamedQuery("Secret.all", SecretEntity.class)
                .getResultStream().allMatch(s -> s.getKeyId().equals(rotation.newKeyId())));
        assertTrue(allUnderTheNewKey);
        assertTrue(Files.readString(keyFile.location()).contains("id=" + rotation.newKeyId()));
        assertFalse(Files.exists(backupOf(keyFile)), "the previous key is gone once the rekeying committed");

        EncryptedTokenVault restarted = new EncryptedTokenVault(database, trail, keyFile);
        for (EncryptedTokenVault v : List.of(vault, restarted)) {
            assertEquals(Map.of("vk.token", TOKEN, "vk.group", "club123"), v.secretsForConnector(healthVk));
            assertEquals(Map.of("vk.token", "vk1.a.culture"), v.secretsForConnector(cultureVk));
        }
        AuditEvent audited = log.find(ADMIN, AuditQuery.newest(1)).get(0);
        assertEquals("VAULT_REKEYED", audited.action());
        assertEquals("3 secrets re-encrypted under master key " + rotation.newKeyId() + ", replacing "
                + rotation.previousKeyId(), audited.summary());
        assertTrue(log.verify().intact());
    }

    @Test
    void aRekeyingInterruptedBeforeItsCommitIsUndoneAtTheNextStart() {
        vault.store(ADMIN, healthVk, "vk.token", TOKEN.toCharArray());
        // the state a crash leaves between replacing the key file and committing the re-encryption
        keyFile.replace(MasterKey.generate());

        EncryptedTokenVault restarted = new EncryptedTokenVault(database, trail, keyFile);

        assertEquals(TOKEN, restarted.secretsForConnector(healthVk).get("vk.token"));
        assertFalse(Files.exists(backupOf(keyFile)));
    }

    @Test
    void aRekeyingInterruptedAfterItsCommitIsFinishedAtTheNextStart() throws Exception {
        vault.store(ADMIN, healthVk, "vk.token", TOKEN.toCharArray());
        String previousKey = Files.readString(keyFile.location());
        vault.rekey(ADMIN);
        // the state a crash leaves between the commit and deleting the previous key
        Files.writeString(backupOf(keyFile), previousKey);

        EncryptedTokenVault restarted = new EncryptedTokenVault(database, trail, keyFile);

        assertEquals(TOKEN, restarted.secretsForConnector(healthVk).get("vk.token"));
        assertFalse(Files.exists(backupOf(keyFile)));
    }

    @Test
    void theKeyFileAndItsBackupAreReadableByTheirOwnerOnly() throws Exception {
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(keyFile.location()));
        keyFile.replace(MasterKey.generate());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(backupOf(keyFile)));
        assertFalse(Files.readString(keyFile.location()).isBlank());
    }

    @Test
    void editorsChangeOnlyTheirOrganisationsAccountsAndARefusalWritesNothing() {
        Caller healthEditor = new Caller("editor", Map.of(Role.EDITOR, Set.of(health)));
        vault.store(healthEditor, healthVk, "vk.token", TOKEN.toCharArray());
        vault.store(ADMIN, cultureVk, "vk.token", "vk1.a.culture".toCharArray());
        long entries = log.verify().entries();

        assertThrows(AccessDeniedException.class,
                () -> vault.store(healthEditor, cultureVk, "vk.token", "vk1.a.hijacked".toCharArray()));
        assertThrows(AccessDeniedException.class,
                () -> vault.store(healthEditor, cultureVk, "ok.secret", "x".toCharArray()));
        assertThrows(AccessDeniedException.class, () -> vault.remove(healthEditor, cultureVk, "vk.token"));
        assertThrows(AccessDeniedException.class, () -> vault.names(healthEditor, cultureVk));
        Caller moderator = new Caller("moderator", Map.of(Role.MODERATOR, Set.of()));
        assertThrows(AccessDeniedException.class,
                () -> vault.store(moderator, healthVk, "vk.token", "x".toCharArray()));
        assertThrows(AccessDeniedException.class, () -> vault.rekey(PRESS));

        assertEquals(Map.of("vk.token", "vk1.a.culture"), vault.secretsForConnector(cultureVk));
        assertEquals(entries, log.verify().entries(), "a refused call writes no audit entry either");
        assertEquals(Set.of("vk.token"), vault.names(new Caller("auditor", Map.of(Role.AUDITOR, Set.of())),
                cultureVk));
    }

    @Test
    void refusesMalformedNamesAndEmptySecrets() {
        assertThrows(IllegalArgumentException.class, () -> vault.store(ADMIN, healthVk, "vk token", "x".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> vault.store(ADMIN, healthVk, "vk.token", new char[0]));
        assertThrows(IllegalArgumentException.class, () -> vault.store(ADMIN, 999_999, "vk.token", "x".toCharArray()));
    }

    static long organisation(Database database, String name) {
        return database.write(em -> {
            OrganisationEntity organisation = new OrganisationEntity();
            organisation.setName(name);
            organisation.setKind(OrganisationKind.EXECUTIVE_BODY);
            organisation.setTimeZone("Asia/Barnaul");
            em.persist(organisation);
            em.flush();
            return organisation.getId();
        });
    }

    static long account(Database database, long organisationId, String url) {
        return database.write(em -> {
            AccountEntity account = new AccountEntity();
            account.setOrganisationId(organisationId);
            account.setNetwork("vk");
            account.setUrl(url);
            account.setState(AccountState.ACTIVE);
            em.persist(account);
            em.flush();
            return account.getId();
        });
    }

    private static SecretEntity secret(javax.persistence.EntityManager em, long accountId) {
        return em.createNamedQuery("Secret.byAccountAndName", SecretEntity.class).setParameter("accountId", accountId)
                .setParameter("name", "vk.token").getSingleResult();
    }

    private static Path backupOf(MasterKeyFile keyFile) {
        return keyFile.location().resolveSibling("socialdesk-master.key.old");
    }

    private Map<String, byte[]> ciphertexts() {
        return database.read(em -> em.createNamedQuery("Secret.all", SecretEntity.class).getResultStream()
                .collect(Collectors.toMap(s -> s.getAccountId() + "/" + s.getName(), SecretEntity::getCiphertext)));
    }
}
