package org.socialdesk.security.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key in a file outside the database, {@code etc/socialdesk-master.key}: a stolen database backup alone
 * does not reveal the credentials. Only its owner may read it; the permission is given when the file is created, so
 * it is never readable by others, not even for a moment. The file holds {@code id=<key id>} and
 * {@code key=<base64 of the 32 key bytes>}; every write replaces it atomically.
 *
 * <p>While a rekeying runs, the previous key is kept beside it as {@code socialdesk-master.key.old}.
 */
final class MasterKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Path backup;

    MasterKeyFile(Path file) {
        this.file = file;
        this.backup = file.resolveSibling(file.getFileName() + ".old");
    }

    static MasterKeyFile inKarafEtc() {
        String etc = System.getProperty("karaf.etc");
        if (etc == null) {
            throw new IllegalStateException("karaf.etc is not set: not running in Karaf?");
        }
        return new MasterKeyFile(Path.of(etc, "socialdesk-master.key"));
    }

    Path location() {
        return file;
    }

    /**
     * The master key, created on first start. A rekeying that was interrupted is first settled by what the
     * database holds: {@code inUse} tells whether any secret is still encrypted under a key id.
     */
    MasterKey load(Predicate<String> inUse) {
        if (Files.exists(backup)) {
            MasterKey previous = read(backup);
            if (inUse.test(previous.id())) {
                restoreBackup();
                LOG.warn("Restored {} in {}: the rekeying that replaced it did not commit", previous, file);
            } else {
                dropBackup();
            }
        }
        if (!Files.exists(file)) {
            MasterKey created = MasterKey.generate();
            write(file, created);
            LOG.info("Created the token vault's {} in {}; back it up apart from the database", created, file);
            return created;
        }
        warnIfOthersMayRead();
        return read(file);
    }

    /** Puts {@code next} in the file and keeps the current key as the backup until the rekeying is settled. */
    void replace(MasterKey next) {
        write(backup, read(file));
        write(file, next);
    }

    /** The rekeying committed: the previous key is no longer needed, and a copy of it is a risk. */
    void dropBackup() {
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            LOG.warn("Cannot delete the previous master key {}; it is deleted at the next start", backup, e);
        }
    }

    /** The rekeying failed: the database still holds secrets under the previous key. */
    void restoreBackup() {
        try {
            Files.move(backup, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the previous master key from " + backup
                    + "; it is restored at the next start", e);
        }
    }

    private static MasterKey read(Path path) {
        Properties content = new Properties();
        try {
            content.load(new StringReader(Files.readString(path, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key " + path, e);
        }
        String id = content.getProperty("id");
        String key = content.getProperty("key");
        if (id == null || key == null) {
            throw new IllegalStateException("the master key file " + path + " lacks its id or key");
        }
        return new MasterKey(id, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"));
    }

    private static void write(Path path, MasterKey key) {
        String content = "# SocialDesk token vault master key. Readable by its owner only; back it up apart from\n"
                + "# the database: without it the stored network credentials cannot be decrypted.\n"
                + "id=" + key.id() + "\n"
                + "key=" + Base64.getEncoder().encodeToString(key.key().getEncoded()) + "\n";
        Path next = path.resolveSibling(path.getFileName() + ".next");
        try {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(next);
            try (FileChannel channel = FileChannel.open(next,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
                channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            Files.move(next, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(path.getParent());
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("the master key needs a file system with POSIX permissions: " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the master key " + path, e);
        }
    }

    /** Makes the rename durable before the database commit that relies on it. */
    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private void warnIfOthersMayRead() {
        try {
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warn("{} may be read by others than its owner; restrict it with chmod 600", file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + file, e);
        }
    }
}
