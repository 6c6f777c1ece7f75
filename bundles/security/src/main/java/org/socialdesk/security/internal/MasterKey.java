package org.socialdesk.security.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The token vault's AES-256 key and its id. Every secret stores the id of the key that encrypted it, so that a
 * wrong or outdated key file is named in the error instead of failing as if the data were damaged.
 */
final class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final SecretKey key;

    MasterKey(String id, SecretKey key) {
        this.id = id;
        this.key = key;
    }

    /** A new random key with an id like {@code mk-20260327-9f3c2a7e}: its creation date and a random tag. */
    static MasterKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            byte[] tag = new byte[4];
            RANDOM.nextBytes(tag);
            return new MasterKey("mk-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)
                    + "-" + HexFormat.of().formatHex(tag), generator.generateKey());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is missing from this Java runtime", e);
        }
    }

    String id() {
        return id;
    }

    SecretKey key() {
        return key;
    }

    /** The id only: a key must never end up in a log. */
    @Override
    public String toString() {
        return "master key " + id;
    }
}
