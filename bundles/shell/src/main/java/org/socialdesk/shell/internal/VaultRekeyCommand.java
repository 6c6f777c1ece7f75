package org.socialdesk.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.MasterKeyRotation;
import org.socialdesk.core.vault.MasterKeyRotation.Rotation;

@Command(scope = "socialdesk", name = "vault-rekey",
        description = "Re-encrypts every stored network credential under a new master key and replaces the key file")
@Service
public class VaultRekeyCommand implements Action {

    @Reference
    private MasterKeyRotation vault;

    @Override
    public Object execute() {
        // the Karaf console is reserved to Karaf administrators, who act as the system
        Rotation rotation = vault.rekey(Caller.SYSTEM);
        System.out.println("Re-encrypted " + rotation.secrets() + " secrets under master key " + rotation.newKeyId()
                + " (replacing " + rotation.previousKeyId() + "); back up the new key file");
        return null;
    }
}
