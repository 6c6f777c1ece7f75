package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.JpaDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;

/** What someone who copies the database files finds: no credential in any encoding. */
class VaultAtRestTest {

    private static final String ACCOUNT_URL = "https://vk.com/minzdrav22";

    @TempDir
    Path folder;

    @Test
    void theDatabaseFilesHoldNoPlaintextToken() throws Exception {
        Path databaseFolder = folder.resolve("socialdesk-db");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(databaseFolder.toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("socialdesk",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        Database database = new JpaDatabase(factory);
        AuditTrail trail = new AuditTrail(database, new ChainHeadFile(folder.resolve("chain-head")));
        EncryptedTokenVault vault = new EncryptedTokenVault(database, trail,
                new MasterKeyFile(folder.resolve("etc/socialdesk-master.key")));
        long account = EncryptedTokenVaultTest.account(database,
                EncryptedTokenVaultTest.organisation(database, "Минздрав"), ACCOUNT_URL);
        Caller admin = new Caller("admin", Map.of(Role.ADMINISTRATOR, Set.of()));
        vault.store(admin, account, "vk.token", EncryptedTokenVaultTest.TOKEN.toCharArray());
        vault.rekey(admin);
        assertEquals(EncryptedTokenVaultTest.TOKEN, vault.secretsForConnector(account).get("vk.token"));
        factory.close();
        shutDown(dataSource);

        byte[] files = allBytesUnder(databaseFolder);
        // the search finds what is stored in plain text, so not finding the token means something
        assertTrue(contains(files, ACCOUNT_URL.getBytes(StandardCharsets.UTF_8)), "the account's address");
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            assertFalse(contains(files, EncryptedTokenVaultTest.TOKEN.getBytes(charset)), charset.name());
        }
    }

    /** Shutting Derby down writes every page to the files, so nothing is only in memory. */
    private static void shutDown(EmbeddedDataSource dataSource) {
        dataSource.setCreateDatabase(null);
        dataSource.setShutdownDatabase("shutdown");
        try {
            dataSource.getConnection().close();
        } catch (SQLException expected) {
            assertEquals("08006", expected.getSQLState(), expected.getMessage());
        }
    }

    private static byte[] allBytesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<byte[]> contents = files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            byte[] all = new byte[contents.stream().mapToInt(c -> c.length).sum()];
            int at = 0;
            for (byte[] content : contents) {
                System.arraycopy(content, 0, all, at, content.length);
                at += content.length;
            }
            return all;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
