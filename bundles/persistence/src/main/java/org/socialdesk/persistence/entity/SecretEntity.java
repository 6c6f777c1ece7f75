package org.socialdesk.persistence.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * One network credential of an account, encrypted by the token vault; the plaintext never reaches the database.
 * The master key's id says which key encrypted it, so a wrong key file is reported instead of producing garbage.
 */
@Entity
@Table(name = "SD_SECRET", uniqueConstraints = @UniqueConstraint(columnNames = {"ACCOUNT_ID", "NAME"}))
@NamedQuery(name = "Secret.byAccount",
        query = "SELECT s FROM SecretEntity s WHERE s.accountId = :accountId ORDER BY s.name")
@NamedQuery(name = "Secret.byAccountAndName",
        query = "SELECT s FROM SecretEntity s WHERE s.accountId = :accountId AND s.name = :name")
@NamedQuery(name = "Secret.all", query = "SELECT s FROM SecretEntity s ORDER BY s.id")
@NamedQuery(name = "Secret.countByKey", query = "SELECT COUNT(s) FROM SecretEntity s WHERE s.keyId = :keyId")
public class SecretEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 60)
    private String keyId;

    @Column(nullable = false, length = 12)
    private byte[] nonce;

    @Lob
    @Column(nullable = false, length = 65536)
    private byte[] ciphertext;

    /** Epoch milliseconds (UTC). */
    @Column(name = "UPDATED_UTC_MILLIS", nullable = false)
    private long updatedUtcMillis;

    protected SecretEntity() {
    }

    public SecretEntity(long accountId, String name) {
        this.accountId = accountId;
        this.name = name;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getKeyId() {
        return keyId;
    }

    public byte[] getNonce() {
        return nonce.clone();
    }

    public byte[] getCiphertext() {
        return ciphertext.clone();
    }

    public Instant getUpdatedAt() {
        return Instant.ofEpochMilli(updatedUtcMillis);
    }

    /** Replaces the encrypted value; the nonce must be fresh for every encryption under the key. */
    public void seal(String keyId, byte[] nonce, byte[] ciphertext, Instant now) {
        this.keyId = keyId;
        this.nonce = nonce.clone();
        this.ciphertext = ciphertext.clone();
        this.updatedUtcMillis = now.toEpochMilli();
    }
}
