package org.socialdesk.core.vault;

import org.socialdesk.core.security.Caller;

/** Replaces the token vault's master key, e.g. after it may have leaked or when an operator leaves. */
public interface MasterKeyRotation {

    /**
     * @param previousKeyId the id of the key that is no longer used
     * @param newKeyId      the id of the key now in use
     * @param secrets       how many secrets were re-encrypted
     */
    record Rotation(String previousKeyId, String newKeyId, int secrets) {
    }

    /**
     * Re-encrypts every stored secret under a new master key in one transaction and then keeps only the new key;
     * administrators only, and audited.
     */
    Rotation rekey(Caller caller);
}
