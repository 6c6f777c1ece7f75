package org.socialdesk.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.socialdesk.persistence.entity.SecretEntity;

/**
 * AES-256-GCM with a fresh random 96-bit nonce for every encryption (GCM breaks if a nonce repeats under one key).
 * The account id and the secret's name are authenticated with it, so a ciphertext copied to another account or
 * name does not decrypt.
 */
final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    void encrypt(MasterKey key, SecretEntity secret, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, secret);
            secret.seal(key.id(), nonce, cipher.doFinal(plaintext), Instant.now());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    byte[] decrypt(MasterKey key, SecretEntity secret) {
        if (!key.id().equals(secret.getKeyId())) {
            throw new IllegalStateException(describe(secret) + " was encrypted under master key "
                    + secret.getKeyId() + ", but the master key file holds " + key.id());
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, key, secret.getNonce(), secret).doFinal(secret.getCiphertext());
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(describe(secret) + " does not decrypt: it was encrypted for another "
                    + "account or name, or it was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    private static Cipher cipher(int mode, MasterKey key, byte[] nonce, SecretEntity secret)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(secret));
        return cipher;
    }

    /** The account id in 8 bytes, then the name in UTF-8: fixed width first, so no two pairs share a form. */
    private static byte[] associatedData(SecretEntity secret) {
        byte[] name = secret.getName().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Long.BYTES + name.length).putLong(secret.getAccountId()).put(name).array();
    }

    private static String describe(SecretEntity secret) {
        return "secret '" + secret.getName() + "' of account " + secret.getAccountId();
    }
}
